package dev.cascade.contract.cli;

import dev.cascade.contract.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads contract files, reporting unreadable ones in a line rather than a stack trace. */
final class Sources {

  private Sources() {}

  static Optional<SourceFile> read(Path file, PrintWriter err) {
    try {
      return Optional.of(
          new SourceFile(
              file.toString(),
              SourceFile.withoutByteOrderMark(Files.readString(file, StandardCharsets.UTF_8))));
    } catch (MalformedInputException e) {
      err.println(file + ": not UTF-8 text");
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
    }
    err.flush();
    return Optional.empty();
  }
}
