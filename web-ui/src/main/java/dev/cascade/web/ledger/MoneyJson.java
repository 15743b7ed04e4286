package dev.cascade.web.ledger;

import dev.cascade.ledger.domain.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** An amount as JSON carries it: {@code {"currency": "CNY", "amount": "1505500.00"}}. */
public record MoneyJson(
    @NotBlank(message = "give the currency, e.g. CNY")
        @Pattern(regexp = "[A-Z]{3}", message = "a currency is three capital letters, e.g. CNY")
        String currency,
    @NotNull(message = "give the amount, e.g. \"1505500.00\"") BigDecimal amount) {

  static MoneyJson of(Money money) {
    return new MoneyJson(money.currency().getCurrencyCode(), money.amount());
  }

  /**
   * @throws IllegalArgumentException naming the currency or the amount that is not acceptable
   */
  Money toMoney() {
    java.util.Currency known;
    try {
      known = java.util.Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(currency + " is not an ISO 4217 currency code", e);
    }
    return new Money(amount, known);
  }
}
