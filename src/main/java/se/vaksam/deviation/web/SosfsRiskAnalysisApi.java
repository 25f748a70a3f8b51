package se.vaksam.deviation.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.deviation.QualityRegisters;

/** Riskanalyser enligt SOSFS 2011:9: the register of the kvalitetsberättelse's appendix 1. */
@RestController
@RequestMapping(SosfsRiskAnalysisApi.PATH)
@Tag(name = "Riskanalyser (SOSFS)", description = "Genomförda riskanalyser inför förändringar (kvalitetsberättelsens "
        + "bilaga 1)")
class SosfsRiskAnalysisApi extends RegisterApi {

    static final String PATH = "/api/v1/risk-analyses-sosfs";

    SosfsRiskAnalysisApi(QualityRegisters registers) {
        super(registers, QualityRegisters.Register.RISK_ANALYSES, PATH);
    }
}
