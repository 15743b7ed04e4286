package dev.cascade.contract.fuzz;

import dev.cascade.contract.parse.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Makes RCL-like inputs: token soups, and golden files with characters and lines mutated. */
final class Generator {

  /**
   * Every keyword ({@code there}, {@code 存在} and {@code is} among them), a few misspelt or run
   * together, and the other kinds of token.
   */
  private static final String[] TOKENS = vocabulary();

  private static String[] vocabulary() {
    List<String> tokens = new ArrayList<>(Keywords.ENGLISH);
    tokens.addAll(Keywords.CHINESE);
    tokens.addAll(
        List.of(
            "finanse",
            "parametres",
            "如果非",
            "certificate",
            "operation",
            "parts",
            "amount",
            "guarantor",
            "担保人",
            "a",
            "CNY",
            "USD",
            "XYZ",
            "1,000.00",
            "360",
            "4.35%",
            "2026-03-31",
            "2026-02-30",
            "\"text {certificate.amount}\"",
            "\"open",
            "{",
            "}",
            "(",
            ")",
            "+",
            "-",
            "*",
            "/",
            "=",
            "<>",
            "<",
            "<=",
            ">",
            ">=",
            ",",
            ".",
            "#",
            "@",
            "\t",
            "\n",
            "  ",
            "\u3000",
            "0",
            "9999999999999999999"));
    return tokens.toArray(String[]::new);
  }

  private final SplittableRandom random;
  private final List<String> seeds;

  Generator(SplittableRandom random, List<String> seeds) {
    this.random = random;
    this.seeds = seeds;
  }

  String tokens() {
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append("contract \"fuzz\" version 1 currency CNY ");
    }
    int count = random.nextInt(1, 60);
    for (int i = 0; i < count; i++) {
      text.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
    }
    return text.toString();
  }

  String mutation() {
    StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
    int edits = random.nextInt(1, 4);
    for (int i = 0; i < edits && text.length() > 0; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 2 -> text.setCharAt(at, (char) random.nextInt(32, 0x9fff));
        default ->
            text.insert(
                at, text.substring(at, Math.min(text.length(), at + random.nextInt(1, 40))));
      }
    }
    return text.toString();
  }
}
