package dev.cascade.ledger.application;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Snapshots of this node's world state in its own data directory, one file per height: {@code
 * snapshot-<height>.bin}. A snapshot only saves replaying the blocks before it; it is never trusted
 * on its own word: {@link Recovery} takes it only if the state it holds has the state root that the
 * chain's block at its height says.
 *
 * <p>The file: the line {@code CASCADE-SNAPSHOT}, the format version, the height, the number of
 * state buckets, the number of entries, then each entry (key length, key in UTF-8, value length,
 * value), in key order, and a CRC-32C of everything before it. It is written beside its final name
 * and moved there in one step, once it is on disk: a file under the final name is whole.
 */
public final class Snapshots {

  private static final byte[] MAGIC = "CASCADE-SNAPSHOT\n".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;
  private static final Pattern NAME = Pattern.compile("snapshot-(\\d{12})\\.bin");
  private static final int MAX_KEY = 4_096;
  private static final int MAX_VALUE = 64 << 20;

  /** How many of the newest snapshots are kept; older ones are deleted after a new one. */
  static final int KEPT = 2;

  private final Path directory;

  public Snapshots(Path directory) {
    this.directory = directory;
  }

  public Path directory() {
    return directory;
  }

  /** A snapshot read back: the state after the block at {@code height}. */
  public record Snapshot(Path file, long height, int buckets, SortedMap<String, byte[]> entries) {}

  /**
   * Writes the state after block {@code height} and deletes all but the {@value #KEPT} newest.
   *
   * @return the file written
   */
  public Path write(long height, int buckets, SortedMap<String, byte[]> entries) {
    try {
      Files.createDirectories(directory);
      Path file = directory.resolve(name(height));
      Path partial = directory.resolve(name(height) + ".partial");
      try (FileChannel channel =
          FileChannel.open(
              partial,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        OutputStream plain = Channels.newOutputStream(channel);
        CRC32C crc = new CRC32C();
        DataOutputStream out =
            new DataOutputStream(
                new CheckedOutputStream(new BufferedOutputStream(plain, 1 << 16), crc));
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(height);
        out.writeInt(buckets);
        out.writeInt(entries.size());
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
          byte[] key = entry.getKey().getBytes(StandardCharsets.UTF_8);
          out.writeInt(key.length);
          out.write(key);
          out.writeInt(entry.getValue().length);
          out.write(entry.getValue());
        }
        out.flush();
        new DataOutputStream(plain).writeLong(crc.getValue());
        channel.force(true);
      }
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      prune(file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a snapshot in " + directory, e);
    }
  }

  /** The snapshot files, newest first, with heights up to {@code maxHeight}. */
  public List<Path> files(long maxHeight) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> listed = Files.list(directory)) {
      return listed
          .filter(p -> height(p).filter(h -> h <= maxHeight).isPresent())
          .sorted(Comparator.comparingLong((Path p) -> height(p).orElseThrow()).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the snapshots in " + directory, e);
    }
  }

  /**
   * Reads a snapshot file.
   *
   * @throws IllegalArgumentException naming what is wrong when the file is not a whole snapshot
   */
  public Snapshot read(Path file) {
    CRC32C crc = new CRC32C();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new IllegalArgumentException("it is not a Cascade snapshot");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IllegalArgumentException("its format version is " + version + ", not " + VERSION);
      }
      long height = in.readLong();
      int buckets = in.readInt();
      int count = in.readInt();
      if (count < 0 || !height(file).equals(Optional.of(height))) {
        throw new IllegalArgumentException("its header does not match its name");
      }
      TreeMap<String, byte[]> entries = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        String key = new String(bytes(in, MAX_KEY), StandardCharsets.UTF_8);
        if (!key.startsWith(Keys.STATE)) {
          throw new IllegalArgumentException("it holds an entry outside the world state: " + key);
        }
        entries.put(key, bytes(in, MAX_VALUE));
      }
      long computed = crc.getValue();
      long stored = new DataInputStream(raw).readLong();
      if (computed != stored || raw.read() != -1) {
        throw new IllegalArgumentException("its checksum does not match its contents");
      }
      if (entries.size() != count) {
        throw new IllegalArgumentException("it repeats a key");
      }
      return new Snapshot(file, height, buckets, entries);
    } catch (EOFException e) {
      throw new IllegalArgumentException("it ends too early");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the snapshot " + file, e);
    }
  }

  /**
   * Moves a snapshot that cannot be used out of the way, under its name with {@code .discarded}
   * added, so that it is never tried again and stays for a look.
   */
  public void discard(Path file) {
    try {
      Files.move(
          file,
          file.resolveSibling(file.getFileName() + ".discarded"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the snapshot " + file + " aside", e);
    }
  }

  /** Keeps {@code written} and the newest others, {@value #KEPT} in all; deletes the rest. */
  private void prune(Path written) throws IOException {
    List<Path> others = new ArrayList<>(files(Long.MAX_VALUE));
    others.remove(written);
    for (Path old : others.subList(Math.min(KEPT - 1, others.size()), others.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static byte[] bytes(DataInputStream in, int max) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > max) {
      throw new IllegalArgumentException("it holds a length of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  private static String name(long height) {
    return "snapshot-" + Keys.padded(height, 12) + ".bin";
  }

  private static Optional<Long> height(Path file) {
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
  }
}
