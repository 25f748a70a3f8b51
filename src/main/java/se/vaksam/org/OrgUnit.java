package se.vaksam.org;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.vaksam.shared.DomainException;

/** A unit of the organisation tree (kommun, nämnd, förvaltning … sektion). */
@Table("org_unit")
class OrgUnit {

    @Id
    private Long id;
    private String code;
    private String name;
    private OrgUnitType type;
    private Long parentId;
    @Version
    private Integer version;

    @PersistenceCreator
    OrgUnit(Long id, String code, String name, OrgUnitType type, Long parentId, Integer version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.parentId = parentId;
        this.version = version;
    }

    /** A new unit under the given parent (null for a root), refusing a parent type that is not allowed. */
    static OrgUnit create(String code, String name, OrgUnitType type, OrgUnit parent) {
        TreeRules.requireAllowedParent(type, parent == null ? null : parent.type);
        return new OrgUnit(null, required(code, "code"), required(name, "name"), type,
                parent == null ? null : parent.id, null);
    }

    /** Changes code and name, as of the version the editor saw (a stale version fails on save). */
    void rename(String newCode, String newName, int seenVersion) {
        this.code = required(newCode, "code");
        this.name = required(newName, "name");
        this.version = seenVersion;
    }

    /** Changes the type, refusing a type that may not hang under the current parent. */
    void retype(OrgUnitType newType, OrgUnitType parentType) {
        TreeRules.requireAllowedParent(newType, parentType);
        this.type = newType;
    }

    /** Hangs the unit under another parent; the caller has checked that no cycle arises. */
    void moveUnder(OrgUnit newParent) {
        TreeRules.requireAllowedParent(type, newParent == null ? null : newParent.type);
        this.parentId = newParent == null ? null : newParent.id;
    }

    /** Takes name, type and parent as an import file states them (the file is the truth). */
    void replace(String newName, OrgUnitType newType, OrgUnit newParent) {
        TreeRules.requireAllowedParent(newType, newParent == null ? null : newParent.type);
        this.name = required(newName, "name");
        this.type = newType;
        this.parentId = newParent == null ? null : newParent.id;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("org.error.required." + field);
        }
        return value.strip();
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    OrgUnitType type() {
        return type;
    }

    Long parentId() {
        return parentId;
    }

    int version() {
        return version == null ? 0 : version;
    }

    OrgQuery.UnitView view() {
        return new OrgQuery.UnitView(id, code, name, type, parentId);
    }
}
