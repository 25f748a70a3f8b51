package se.vaksam.org;

/**
 * A privileged role (one that opens confidential records) was granted: the person and their manager are told by
 * e-mail once the grant is committed.
 *
 * @param placementId the new placement
 * @param recipientIds the person and their manager (the heads at the person's unit or the nearest above)
 */
record PrivilegedRoleGranted(long placementId, java.util.List<Long> recipientIds) {
}
