package ua.hromada.registry.organisation;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import ua.hromada.registry.api.organisation.OrganisationKind;

/** Reads {@code ?kind=party_cell} the way the JSON bodies write kinds. */
@Component
class OrganisationKindConverter implements Converter<String, OrganisationKind> {

    @Override
    public OrganisationKind convert(String value) {
        return OrganisationKind.fromValue(value)
                .orElseThrow(() -> new IllegalArgumentException("not an organisation kind: " + value));
    }
}
