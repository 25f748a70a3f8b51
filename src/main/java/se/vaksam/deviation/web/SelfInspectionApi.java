package se.vaksam.deviation.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.deviation.QualityRegisters;

/** Genomförda egenkontroller: the register of the kvalitetsberättelse's appendix 2. */
@RestController
@RequestMapping(SelfInspectionApi.PATH)
@Tag(name = "Egenkontroller", description = "Genomförda egenkontroller (kvalitetsberättelsens bilaga 2)")
class SelfInspectionApi extends RegisterApi {

    static final String PATH = "/api/v1/self-inspections";

    SelfInspectionApi(QualityRegisters registers) {
        super(registers, QualityRegisters.Register.SELF_INSPECTIONS, PATH);
    }
}
