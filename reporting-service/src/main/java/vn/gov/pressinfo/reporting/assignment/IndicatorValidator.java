package vn.gov.pressinfo.reporting.assignment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.reporting.regime.ProvidingForm;
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.ProblemType;

/** Checks indicator values against a request's template; every problem names its field, e.g. {@code indicators.pressConferences}. */
final class IndicatorValidator {

    private static final Set<String> FORMS = Stream.of(ProvidingForm.values()).map(Enum::name).collect(Collectors.toSet());

    private IndicatorValidator() {
    }

    /**
     * @param complete true for a submission: every required indicator must have a value
     * @throws ProblemException 422 listing every unknown key, wrong type and (when complete) missing required indicator
     */
    static void check(List<IndicatorDefinition> template, Map<String, Object> values, boolean complete) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, IndicatorDefinition> byKey = template.stream().collect(Collectors.toMap(IndicatorDefinition::key, d -> d));
        values.forEach((key, value) -> {
            IndicatorDefinition definition = byKey.get(key);
            String field = "indicators." + key;
            if (definition == null) {
                errors.add(new Problem.FieldError(field, "is not an indicator of this request's template"));
            } else if (value != null) {
                String problem = typeProblem(definition, value);
                if (problem != null) {
                    errors.add(new Problem.FieldError(field, problem));
                }
            }
        });
        if (complete) {
            template.stream().filter(IndicatorDefinition::required).filter(d -> values.get(d.key()) == null)
                    .forEach(d -> errors.add(new Problem.FieldError("indicators." + d.key(), "is required (" + d.label() + ")")));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, ProblemType.UNPROCESSABLE.status(),
                    errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                            : errors.size() + " indicator values do not fit the template",
                    errors);
        }
    }

    private static String typeProblem(IndicatorDefinition d, Object value) {
        return switch (d.type()) {
            case INTEGER -> isWhole(value) && ((Number) value).longValue() >= 0 ? null : "must be a whole number, 0 or more";
            case PERCENTAGE -> value instanceof Number n && !(value instanceof Float f && f.isNaN())
                    && n.doubleValue() >= 0 && n.doubleValue() <= 100 ? null : "must be a number from 0 to 100";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case MULTI_CHOICE -> multiChoiceProblem(value);
        };
    }

    private static boolean isWhole(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short
                || (value instanceof BigInteger b && b.bitLength() < 63)
                || (value instanceof BigDecimal bd && bd.stripTrailingZeros().scale() <= 0);
    }

    private static String multiChoiceProblem(Object value) {
        if (!(value instanceof List<?> list)) {
            return "must be a list of forms of providing information: " + String.join(", ", FORMS.stream().sorted().toList());
        }
        Set<Object> seen = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof String s) || !FORMS.contains(s)) {
                return "unknown form " + item + "; expected one of " + String.join(", ", FORMS.stream().sorted().toList());
            }
            if (!seen.add(s)) {
                return "lists " + s + " twice";
            }
        }
        return null;
    }
}
