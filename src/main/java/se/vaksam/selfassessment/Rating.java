package se.vaksam.selfassessment;

/**
 * One step of the rating scale (bedömning), best first.
 *
 * @param code stable code, e.g. {@code SATISFACTORY}
 * @param label the text shown, e.g. Tillfredsställande
 * @param position order on the scale, 1 best
 */
public record Rating(String code, String label, int position) {
}
