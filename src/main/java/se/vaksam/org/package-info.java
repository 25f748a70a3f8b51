/**
 * The organisation (<em>organisation</em>): the tree kommun → nämnd (committee, with its
 * arbetsutskott) → förvaltning (administration) → verksamhetsområde (operational area) →
 * avdelning (department) → enhet (unit) → sektion (section), the people who work in it and
 * their placements (person × unit × role, from/to). Other modules read it through
 * {@link se.vaksam.org.OrgQuery}.
 */
package se.vaksam.org;
