package dev.cascade.contract.compile;

import dev.cascade.contract.check.Schema;
import dev.cascade.contract.check.Type;
import dev.cascade.contract.runtime.EntityKind;
import dev.cascade.contract.runtime.Event;
import dev.cascade.contract.runtime.Occasion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Generates well-typed RCL contracts over the whole expression language, for differential testing:
 * every contract it writes must check clean.
 */
final class RandomContracts {

  private static final String[] EVENTS =
      Arrays.stream(Event.values()).map(Event::word).toArray(String[]::new);
  private static final String[] COMPARISONS = {"=", "<>", "<", "<=", ">", ">="};
  private static final String[] STATES = {"overdue", "defaulted", "frozen", "disputed"};
  private static final String[] PARTIES = {
    "holder", "issuer", "root issuer", "guarantor", "bank", "regulator"
  };

  private static final Schema SCHEMA = Schema.forCurrency("CNY");

  private final SplittableRandom random;

  /** What the current rule's occasion provides, by kind of value: only those paths are written. */
  private final Map<String, String[]> paths = new HashMap<>();

  private boolean hasParts;
  private boolean computes;

  /** The current rule's named money value, if it has one. */
  private String named;

  /** Inside a message, text literals would end the message's own quotes. */
  private boolean inMessage;

  RandomContracts(SplittableRandom random) {
    this.random = random;
  }

  String contract() {
    StringBuilder text = new StringBuilder();
    text.append("contract \"random\" version 1\ncurrency CNY\n");
    text.append("rounding ").append(pick("half even", "half up", "down", "ceiling")).append('\n');
    text.append(
        """
        parameters
          p money = CNY %s
          p rate = %s%% per year
          p share = %s%%
          p daily = %s%% per day
          p days = %d days
          p day = 2026-%02d-%02d
          p number = %s
          p flag = %s
          p label = "%s"
          p labels = "overdue", "accepted", "%s"
        """
            .formatted(
                amount(),
                percent(),
                percent(),
                percent(),
                random.nextInt(0, 200),
                random.nextInt(1, 13),
                random.nextInt(1, 29),
                number(),
                random.nextBoolean(),
                pick("accepted", "overdue"),
                pick("已作废", "settled")));
    int rules = random.nextInt(1, 7);
    for (int i = 0; i < rules; i++) {
      text.append(rule(i));
    }
    return text.toString();
  }

  private String rule(int index) {
    named = null;
    StringBuilder rule = new StringBuilder("rule \"r" + index + "\"\n  when ");
    int trigger = random.nextInt(EVENTS.length + 2);
    if (trigger < EVENTS.length) {
      rule.append(EVENTS[trigger]);
    } else if (trigger == EVENTS.length) {
      rule.append("every day");
    } else {
      rule.append(random.nextInt(0, 40)).append(" days before maturity");
    }
    rule.append('\n');
    provided(
        trigger < EVENTS.length ? Occasion.byWord(EVENTS[trigger]).orElseThrow() : Occasion.day());
    boolean witness = hasParts && random.nextInt(5) == 0;
    if (witness) {
      // The deciding part is named by the actions: the first that has it, or the first that lacks.
      rule.append(
          pick(
              "  if any w in parts has w.amount " + pick(COMPARISONS) + " " + money(1) + "\n",
              "  if "
                  + bool(1)
                  + " and not (all w in parts has w.tier < "
                  + random.nextInt(5)
                  + ")\n"));
      rule.append("  then reject \"part {w.amount} of {w.holder.name} at {w.tier}\"\n");
      return rule.toString();
    }
    if (random.nextInt(4) == 0) {
      // A named value, worked out as the rule starts; the guard and actions may read it.
      rule.append("  let n").append(index).append(" = ").append(money(2)).append('\n');
      named = "n" + index;
    }
    if (random.nextInt(4) > 0) {
      rule.append("  if ").append(bool(3)).append('\n');
    }
    rule.append("  then");
    int actions = random.nextInt(1, 4);
    for (int i = 0; i < actions; i++) {
      rule.append("\n    ").append(action());
    }
    return rule.append('\n').toString();
  }

  private String action() {
    int kind = random.nextInt(8);
    if (kind == 0) {
      inMessage = true;
      String parts = "{" + money(2) + "} {" + bool(1) + "} {" + date(1) + "} {" + name() + "}";
      inMessage = false;
      return "reject \"refused " + parts + "\"";
    }
    return switch (kind) {
      case 1 ->
          computes
              ? "set operation." + pick("interest", "proceeds", "fee") + " to " + money(3)
              : "notify " + pick(PARTIES);
      case 2 -> "mark certificate " + pick(STATES);
      case 3 -> "notify " + pick(PARTIES);
      case 4 -> "accrue " + pick("interest", "penalty") + " of " + money(3);
      case 5 -> "settle certificate";
      case 6 -> "freeze certificate";
      default ->
          "reject \""
              + pick("no", "tenor {" + duration(2) + "}", hasParts ? "{count of parts} parts" : "n")
              + "\"";
    };
  }

  String bool(int depth) {
    int choice = random.nextInt(depth <= 0 ? 4 : 14);
    if (!hasParts && (choice == 9 || choice == 10)) {
      choice = 0; // no parts on this occasion
    }
    return switch (choice) {
      case 0 ->
          pick(
              "true",
              "false",
              "p flag",
              provided("bool"),
              "(certificate has parent id)",
              "(certificate.holder has tier)",
              "(there is a guarantor)",
              "(存在 担保人)",
              "(there is a guarantor and guarantor.name = " + name() + ")");
      case 1 -> money(depth - 1) + " " + pick(COMPARISONS) + " " + money(depth - 1);
      case 2 -> date(depth - 1) + " " + pick(COMPARISONS) + " " + date(depth - 1);
      case 3 -> text() + " " + pick("=", "<>") + " " + text();
      case 4 -> "(" + bool(depth - 1) + " and " + bool(depth - 1) + ")";
      case 5 -> "(" + bool(depth - 1) + " or " + bool(depth - 1) + ")";
      case 6 -> "not (" + bool(depth - 1) + ")";
      case 7 ->
          pick(number(depth - 1), share(depth - 1))
              + " "
              + pick(COMPARISONS)
              + " "
              + pick(number(depth - 1), share(depth - 1));
      case 8 -> duration(depth - 1) + " " + pick(COMPARISONS) + " " + duration(depth - 1);
      case 9 ->
          "("
              + pick("any", "all")
              + " q in parts has q.amount "
              + pick(COMPARISONS)
              + " "
              + money(depth - 1)
              + ")";
      case 10 ->
          "(any q in parts has (all r in parts has r.tier <= q.tier + " + random.nextInt(3) + "))";
      case 11 ->
          "("
              + provided("text")
              + " in "
              + (inMessage
                  ? "p labels"
                  : pick("p labels", "(\"overdue\", \"已承兑\")", provided("texts")))
              + ")";
      case 12 ->
          "(if "
              + bool(depth - 1)
              + " then "
              + bool(depth - 1)
              + " else ("
              + bool(depth - 1)
              + "))";
      default -> provided("party") + " " + pick("=", "<>") + " " + provided("party");
    };
  }

  String money(int depth) {
    int choice = random.nextInt(depth <= 0 ? 5 : 19);
    if (!hasParts && (choice == 4 || choice == 11)) {
      choice = 0; // no parts on this occasion
    }
    return switch (choice) {
      case 0 -> "CNY " + amount();
      case 1 -> named == null ? pick("p money", provided("money")) : pick("p money", named);
      case 2, 3 -> provided("money");
      case 4 -> "sum of parts.amount";
      case 5 -> "(" + money(depth - 1) + " + " + money(depth - 1) + ")";
      case 6 -> "(" + money(depth - 1) + " - " + money(depth - 1) + ")";
      case 7 -> "(" + money(depth - 1) + " * " + number(depth - 1) + ")";
      case 8 -> "(" + money(depth - 1) + " / " + number(depth - 1) + ")";
      case 9 ->
          "("
              + money(depth - 1)
              + " * "
              + rate()
              + " * "
              + duration(depth - 1)
              + " / "
              + pick("360", "365", "p number")
              + ")";
      case 10 -> "(" + money(depth - 1) + " * p daily * " + duration(depth - 1) + ")";
      case 11 -> pick("min", "max") + " of parts.amount";
      case 12 -> "(-" + money(depth - 1) + ")";
      case 13 -> "(" + money(depth - 1) + " * " + share(depth - 1) + ")";
      case 14 -> "(" + share(depth - 1) + " * " + money(depth - 1) + ")";
      case 16 ->
          pick("min", "max")
              + " of ("
              + money(depth - 1)
              + ", "
              + money(depth - 1)
              + pick("", ", " + money(depth - 1))
              + ")";
      case 17 ->
          "(if "
              + bool(depth - 1)
              + " then "
              + money(depth - 1)
              + " else "
              + money(depth - 1)
              + ")";
      case 15 ->
          "("
              + money(depth - 1)
              + " rounded"
              + pick("", " down", " half up", " ceiling", " 向零")
              + pick("", " to CNY 100.00", " to CNY 0.05", " 为 CNY 1")
              + ")";
      default -> "(" + number(depth - 1) + " * " + money(depth - 1) + ")";
    };
  }

  String number(int depth) {
    int choice = random.nextInt(depth <= 0 ? 3 : 8);
    return switch (choice) {
      case 0 -> number();
      case 1 -> hasParts ? pick("count of parts", "p number") : "p number";
      case 2 -> provided("number");
      case 3 -> "(" + number(depth - 1) + " + " + number(depth - 1) + ")";
      case 4 -> "(" + number(depth - 1) + " - " + number(depth - 1) + ")";
      case 5 -> "(" + number(depth - 1) + " * " + number(depth - 1) + ")";
      case 6 -> "(" + money(depth - 1) + " / " + money(depth - 1) + ")";
      default -> "(" + duration(depth - 1) + " / " + duration(depth - 1) + ")";
    };
  }

  String duration(int depth) {
    int choice = random.nextInt(depth <= 0 ? 3 : 6);
    return switch (choice) {
      case 0 -> random.nextInt(0, 400) + " days";
      case 1 -> pick("p days", provided("duration"));
      case 2 -> "(" + date(0) + " - " + date(0) + ")";
      case 3 -> "(" + duration(depth - 1) + " + " + duration(depth - 1) + ")";
      case 4 -> "(" + date(depth - 1) + " - " + date(depth - 1) + ")";
      default -> "(" + duration(depth - 1) + " * " + random.nextInt(0, 4) + ")";
    };
  }

  String date(int depth) {
    int choice = random.nextInt(depth <= 0 ? 3 : 5);
    return switch (choice) {
      case 0 -> "2026-%02d-%02d".formatted(random.nextInt(1, 13), random.nextInt(1, 29));
      case 1 -> pick("p day", provided("date"));
      case 2 -> "today";
      case 3 -> "(" + date(depth - 1) + " + " + duration(depth - 1) + ")";
      default -> "(" + date(depth - 1) + " - " + duration(depth - 1) + ")";
    };
  }

  private String rate() {
    return pick(provided("rate"), "p rate", percent() + "% per year");
  }

  /** A share: 90%, a parameter, a ratio of shares kept a share, or one minus another. */
  String share(int depth) {
    int choice = random.nextInt(depth <= 0 ? 2 : 5);
    return switch (choice) {
      case 0 -> percent() + "%";
      case 1 -> "p share";
      case 2 -> "(" + share(depth - 1) + " * " + number(depth - 1) + ")";
      case 3 -> "(1 - " + share(depth - 1) + " rounded" + pick("", " down to 0.5%") + ")";
      default -> "(" + share(depth - 1) + " + " + share(depth - 1) + ")";
    };
  }

  private String text() {
    // a state in either language: compared with certificate.state, 逾期 is overdue
    return inMessage || random.nextBoolean() ? name() : pick("\"overdue\"", "\"逾期\"");
  }

  /** Text without quotes, for inside messages. */
  private String name() {
    return pick("p label", provided("text"));
  }

  /** Takes the paths that {@code occasion} provides, sorted by the kind of value they hold. */
  private void provided(Occasion occasion) {
    Map<String, List<String>> found = new HashMap<>();
    SCHEMA.roots(occasion).forEach((name, type) -> walk(name, type, found));
    paths.clear();
    found.forEach((kind, list) -> paths.put(kind, list.toArray(String[]::new)));
    hasParts = SCHEMA.roots(occasion).containsKey("parts");
    computes =
        !SCHEMA.settableAnywhere().isEmpty() && occasion.equals(Occasion.byWord("finance").get());
  }

  private static void walk(String path, Type type, Map<String, List<String>> found) {
    for (Map.Entry<String, Predicate<Type>> kind : KINDS.entrySet()) {
      if (kind.getValue().test(type)) {
        found.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(path);
      }
    }
    if (type instanceof Type.Entity entity) {
      entity.fields().values().stream()
          .filter(field -> !field.settable())
          .forEach(field -> walk(path + "." + field.name(), field.type(), found));
    }
  }

  private static final Map<String, Predicate<Type>> KINDS =
      Map.of(
          "bool", type -> type instanceof Type.Bool,
          "money", type -> type instanceof Type.Quantity q && q.isMoney(),
          "number", type -> type instanceof Type.Quantity q && q.isNumber(),
          "duration", type -> type instanceof Type.Quantity q && q.isDuration(),
          "rate", type -> type instanceof Type.Quantity q && q.isRate(),
          "date", type -> type instanceof Type.Date,
          "text", type -> type instanceof Type.Text,
          "texts", type -> type instanceof Type.ListOf list && list.element() instanceof Type.Text,
          "party", type -> type instanceof Type.Entity e && e.kind() == EntityKind.PARTY);

  /** One of the occasion's paths of this kind, or a parameter of it when it provides none. */
  private String provided(String kind) {
    String[] options = paths.get(kind);
    if (options == null) {
      return switch (kind) {
        case "bool" -> "p flag";
        case "money" -> "p money";
        case "number" -> "p number";
        case "duration" -> "p days";
        case "rate" -> "p rate";
        case "date" -> "p day";
        case "text" -> "p label";
        case "texts" -> "p labels";
        default -> "certificate.holder";
      };
    }
    return pick(options);
  }

  private String amount() {
    return random.nextInt(0, 5_000_000) + "." + "%02d".formatted(random.nextInt(100));
  }

  private String percent() {
    return random.nextInt(0, 20) + "." + random.nextInt(0, 100);
  }

  private String number() {
    return random.nextBoolean()
        ? Integer.toString(random.nextInt(0, 500))
        : random.nextInt(0, 50) + "." + random.nextInt(1, 1000);
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  List<String> events() {
    List<String> all = new ArrayList<>(List.of(EVENTS));
    all.add("day");
    return all;
  }
}
