package se.vaksam.org;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.vaksam.shared.DomainException;

/** A person who works in (or for) the organisation; placements say where and in which role. */
@Table("person")
class Person {

    @Id
    private Long id;
    private String username;
    private String givenName;
    private String familyName;
    private String email;
    private String title;
    private boolean confidential;
    @Version
    private Integer version;

    @PersistenceCreator
    Person(Long id, String username, String givenName, String familyName, String email, String title,
            boolean confidential, Integer version) {
        this.id = id;
        this.username = username;
        this.givenName = givenName;
        this.familyName = familyName;
        this.email = email;
        this.title = title;
        this.confidential = confidential;
        this.version = version;
    }

    static Person create(OrgManagement.PersonDetails details) {
        Person person = new Person(null, required(details.username(), "username"), null, null, null, null, false, null);
        person.apply(details);
        return person;
    }

    /** Changes the details (not the username) as of the version the editor saw. */
    void edit(OrgManagement.PersonDetails details, int seenVersion) {
        apply(details);
        this.version = seenVersion;
    }

    private void apply(OrgManagement.PersonDetails details) {
        this.givenName = required(details.givenName(), "givenName");
        this.familyName = required(details.familyName(), "familyName");
        this.email = blankToNull(details.email());
        this.title = blankToNull(details.title());
        this.confidential = details.confidential();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("org.error.required." + field);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String givenName() {
        return givenName;
    }

    String familyName() {
        return familyName;
    }

    String email() {
        return email;
    }

    String title() {
        return title;
    }

    boolean confidential() {
        return confidential;
    }

    int version() {
        return version == null ? 0 : version;
    }

    OrgManagement.PersonDetails details() {
        return new OrgManagement.PersonDetails(username, givenName, familyName, email, title, confidential);
    }
}
