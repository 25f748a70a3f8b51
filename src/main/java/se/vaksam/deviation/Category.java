package se.vaksam.deviation;

/** One entry of a configurable category list (area, cause or measure). */
public record Category(long id, CategoryList list, String code, String name, boolean active) {
}
