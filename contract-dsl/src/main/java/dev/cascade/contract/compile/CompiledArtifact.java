package dev.cascade.contract.compile;

/**
 * A compiled contract: its class, and the identity it was compiled from.
 *
 * @param contractId the SHA-256 of the source and the compiler version, in hex
 * @param className the binary name of the class in {@code bytes}
 */
public record CompiledArtifact(String contractId, String className, byte[] bytes) {}
