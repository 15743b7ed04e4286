/** Fixtures shared by the tests that run against a real WildFly. */
package dev.cascade.testsupport;
