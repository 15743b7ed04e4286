package dev.cascade.web.diagnostics;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/diagnostics/probes}.
 *
 * @param label free text that identifies the probe in both stores
 * @param failAfterWrite fail after both writes, to prove that a failed transaction leaves nothing
 */
public record ProbeRequest(
    @NotBlank(message = "a probe needs a label")
        @Size(max = 200, message = "a label has at most 200 characters")
        String label,
    boolean failAfterWrite) {}
