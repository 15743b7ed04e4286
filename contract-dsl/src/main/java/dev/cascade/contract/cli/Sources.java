package dev.cascade.contract.cli;

import dev.cascade.contract.source.SourceFile;
import dev.cascade.contract.source.Utf8;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reads contract files, reporting unreadable ones in a line rather than a stack trace. */
final class Sources {

  private Sources() {}

  static Optional<SourceFile> read(Path file, PrintWriter err) {
    try {
      return Optional.of(new SourceFile(file.toString(), Utf8.read(file)));
    } catch (Utf8.NotUtf8 e) {
      err.println(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
    }
    err.flush();
    return Optional.empty();
  }
}
