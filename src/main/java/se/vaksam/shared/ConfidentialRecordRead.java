package se.vaksam.shared;

/**
 * Published by any module when the current person reads a record marked confidential
 * (lex Sarah, whistleblower, protected personal data). The security module writes it to the
 * append-only access log with who, when and from where.
 */
public record ConfidentialRecordRead(String recordType, String recordId) {
}
