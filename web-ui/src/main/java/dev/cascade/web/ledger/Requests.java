package dev.cascade.web.ledger;

import dev.cascade.ledger.domain.Identifiers;
import dev.cascade.ledger.domain.enterprise.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the operation endpoints. {@code signer} names the enterprise the server signs for
 * with its custodial key.
 */
public final class Requests {

  static final String NAME = Identifiers.NAME;
  static final String NAME_RULE = Identifiers.NAME_RULE;
  static final String ID = Identifiers.ID;
  static final String ID_RULE = Identifiers.ID_RULE;

  private Requests() {}

  public record Signed(
      @NotBlank(message = "name the signer") @Pattern(regexp = NAME, message = NAME_RULE)
          String signer) {}

  public record Register(
      @NotBlank(message = "name the operator who registers")
          @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotBlank(message = "name the enterprise") @Pattern(regexp = NAME, message = NAME_RULE)
          String name,
      @NotBlank(message = "give the tax id")
          @Size(max = 64, message = "a tax id has at most 64 characters")
          String taxId,
      @NotEmpty(message = "give at least one role")
          List<
                  @NotNull
                  @Pattern(
                      regexp = Role.NAMES,
                      message =
                          "a role is one of OPERATOR, CORE, SUPPLIER, BANK, GUARANTOR, OBSERVER")
                  String>
              roles,
      @Size(max = 1024, message = "a public key is at most 1024 base64 characters")
          String publicKey) {}

  public record Credit(
      @NotBlank(message = "name the bank") @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotNull(message = "give the limit") @Valid MoneyJson limit) {}

  public record Anchor(
      @NotBlank(message = "name the signer, the seller or the buyer")
          @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotBlank(message = "give the document id") @Pattern(regexp = ID, message = ID_RULE)
          String id,
      @NotBlank(message = "give the kind")
          @Pattern(
              regexp = "CONTRACT|INVOICE|DELIVERY_NOTE",
              message = "a kind is CONTRACT, INVOICE or DELIVERY_NOTE")
          String kind,
      @NotBlank(message = "give the document number")
          @Size(max = 64, message = "a number has at most 64 characters")
          String number,
      @NotBlank(message = "name the seller") @Pattern(regexp = NAME, message = NAME_RULE)
          String seller,
      @NotBlank(message = "give the seller's tax id")
          @Size(max = 64, message = "a tax id has at most 64 characters")
          String sellerTaxId,
      @NotBlank(message = "name the buyer") @Pattern(regexp = NAME, message = NAME_RULE)
          String buyer,
      @NotNull(message = "give the amount") @Valid MoneyJson amount,
      @NotNull(message = "give the document date") LocalDate date,
      @NotBlank(message = "give the hash of the file")
          @Pattern(
              regexp = "[0-9a-f]{64}",
              message = "the content hash is 64 lower-case hex digits")
          String contentHash) {}

  public record Deploy(
      @NotBlank(message = "name the operator") @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotBlank(message = "give the contract's RCL source")
          @Size(max = 1_000_000, message = "a contract has at most 1,000,000 characters")
          String source) {}

  public record Issue(
      @NotBlank(message = "name the core enterprise") @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotBlank(message = "give the certificate id") @Pattern(regexp = ID, message = ID_RULE)
          String id,
      @NotBlank(message = "name the supplier") @Pattern(regexp = NAME, message = NAME_RULE)
          String supplier,
      @NotNull(message = "give the amount") @Valid MoneyJson amount,
      LocalDate issued,
      @NotNull(message = "give the maturity date") LocalDate maturity,
      @NotBlank(message = "give the anchored invoice's document id")
          @Pattern(regexp = ID, message = ID_RULE)
          String invoice) {}

  public record Transfer(
      @NotBlank(message = "name the holder") @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotBlank(message = "name the receiver") @Pattern(regexp = NAME, message = NAME_RULE)
          String to,
      @NotNull(message = "give the amount") @Valid MoneyJson amount,
      @Size(max = 2, message = "a partial transfer names two new ids: the part moved and the rest")
          List<@Pattern(regexp = ID, message = ID_RULE) String> newIds) {}

  public record Split(
      @NotBlank(message = "name the holder") @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotNull(message = "give the parts")
          @Size(min = 2, max = 100, message = "a split makes 2 to 100 parts")
          List<@NotNull @Valid MoneyJson> parts,
      @NotNull(message = "give one new id per part")
          @Size(min = 2, max = 100, message = "give one new id per part")
          List<@Pattern(regexp = ID, message = ID_RULE) String> newIds) {}

  public record Finance(
      @NotBlank(message = "name the holder") @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotBlank(message = "name the bank") @Pattern(regexp = NAME, message = NAME_RULE) String bank,
      @NotNull(message = "give the yearly rate, e.g. 0.0385")
          @DecimalMin(value = "0", message = "a rate is not negative")
          @DecimalMax(value = "1", message = "a yearly rate is at most 1 (100%)")
          BigDecimal rate,
      LocalDate date) {}

  public record Pledge(
      @NotBlank(message = "name the holder") @Pattern(regexp = NAME, message = NAME_RULE)
          String signer,
      @NotBlank(message = "name the pledgee") @Pattern(regexp = NAME, message = NAME_RULE)
          String pledgee) {}

  public record SignedTransaction(
      @NotBlank(message = "give the signed transaction's canonical bytes, base64")
          @Size(max = 2_000_000, message = "a transaction is at most 2,000,000 base64 characters")
          String signedTransaction) {}

  /** Many client-signed transactions in one request, each applied (or refused) on its own. */
  public record SignedTransactions(
      @NotNull(message = "give signedTransactions: a list of base64 signed transactions")
          @Size(
              min = 1,
              max = MAX_BATCH,
              message = "a batch holds from 1 to " + MAX_BATCH + " signed transactions")
          List<
                  @NotBlank(message = "give each signed transaction's canonical bytes, base64")
                  @Size(
                      max = 2_000_000,
                      message = "a transaction is at most 2,000,000 base64 characters")
                  String>
              signedTransactions) {}

  /** The most transactions one batch request carries: half a block. */
  public static final int MAX_BATCH = 1_000;
}
