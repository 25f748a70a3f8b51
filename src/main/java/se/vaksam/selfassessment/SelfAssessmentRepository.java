package se.vaksam.selfassessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SelfAssessmentRepository extends ListCrudRepository<SelfAssessment, Long> {

    Optional<SelfAssessment> findByCommitteeIdAndYear(long committeeId, int year);

    List<SelfAssessment> findByCommitteeIdOrderByYearDesc(long committeeId);
}
