package se.vaksam.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OrgUnitRepository extends ListCrudRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByParentId(Long parentId);
}
