package dev.cascade.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /cascade/api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
