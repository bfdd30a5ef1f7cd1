package ua.cooperation.portal.country;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.MonthDay;

/** Stores a recurring date such as a national day as ISO text ({@code --02-16}), which sorts and reads well. */
@Converter
class MonthDayConverter implements AttributeConverter<MonthDay, String> {

    @Override
    public String convertToDatabaseColumn(MonthDay value) {
        return value == null ? null : value.toString();
    }

    @Override
    public MonthDay convertToEntityAttribute(String value) {
        return value == null ? null : MonthDay.parse(value);
    }
}
