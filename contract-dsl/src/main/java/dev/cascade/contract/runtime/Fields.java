package dev.cascade.contract.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of an {@link Value.Entity}: a small, immutable map that keeps its fields in the order
 * they were given, held as two arrays and looked up by a scan. An entity has a dozen fields at
 * most, read by names that are the same string constants as its keys, so a scan finds them faster
 * than hashing would, and making one costs two arrays rather than a hash table: hosts make views
 * for every evaluation, and a simulation makes millions.
 */
public final class Fields extends AbstractMap<String, Value> {

  private final String[] keys;
  private final Value[] values;

  private Fields(String[] keys, Value[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The fields of {@code map}, in its order. */
  public static Fields copyOf(Map<String, Value> map) {
    if (map instanceof Fields fields) {
      return fields;
    }
    String[] keys = new String[map.size()];
    Value[] values = new Value[map.size()];
    int i = 0;
    for (Map.Entry<String, Value> entry : map.entrySet()) {
      keys[i] = entry.getKey();
      values[i] = entry.getValue();
      i++;
    }
    return new Fields(keys, values);
  }

  /**
   * Fields over arrays that the caller hands over and never changes again; {@code keys} may be
   * shared between many entities.
   */
  static Fields of(String[] keys, Value[] values) {
    return new Fields(keys, values);
  }

  /** These fields after one more in front: {@code kind} before an operation's own fields. */
  Fields after(String key, Value value) {
    String[] k = new String[keys.length + 1];
    Value[] v = new Value[values.length + 1];
    k[0] = key;
    v[0] = value;
    System.arraycopy(keys, 0, k, 1, keys.length);
    System.arraycopy(values, 0, v, 1, values.length);
    return new Fields(k, v);
  }

  @Override
  public Value get(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    for (String name : keys) {
      if (name.equals(key)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<String, Value>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Value>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, Value> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Value> entry = Map.entry(keys[next], values[next]);
            next++;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
