package se.vinr.ledger.events.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measure the plan follows up, with its baseline (nuläge) and target (målvärde) where the plan gives them. */
public record Indicator(String code, String name, String unit, BigDecimal baseline, LocalDate baselineDate,
                        BigDecimal target, LocalDate targetDate, String description) {
}
