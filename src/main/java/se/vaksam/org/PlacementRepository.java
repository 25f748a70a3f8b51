package se.vaksam.org;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface PlacementRepository extends ListCrudRepository<Placement, Long> {

    List<Placement> findByPersonId(Long personId);

    List<Placement> findByUnitId(Long unitId);
}
