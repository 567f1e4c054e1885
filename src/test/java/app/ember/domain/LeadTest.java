package app.ember.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeadTest {

    @Test
    void aLeadNeedsAName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Lead.builder().firstName("  ").lastName(null).build());
        assertTrue(error.getMessage().contains("name"));
    }

    @Test
    void aVenueOrFirmIsALeadByItsCompany() {
        // Issue 14: company-only contacts (a hotel, a venue) were refused.
        assertEquals("The Assembly Rooms", Lead.builder().company("The Assembly Rooms").build().name());
        assertTrue(LeadValidation.name("", "", "The Assembly Rooms").isEmpty());
        assertTrue(LeadValidation.name("", "", "").isPresent());
    }

    @Test
    void theNameJoinsWhatIsThere() {
        assertEquals("Chloé Lefèvre", Lead.builder().firstName(" Chloé ").lastName("Lefèvre").build().name());
        assertEquals("Madonna", Lead.builder().firstName("Madonna").build().name());
    }

    @Test
    void onlyAHotLeadCanBeSameDay() {
        Lead warm = Lead.builder().firstName("Ann").temperature(Temperature.WARM).sameDay(true).build();
        assertFalse(warm.sameDay());
        Lead hot = warm.toBuilder().temperature(Temperature.HOT).sameDay(true).build();
        assertTrue(hot.sameDay());
        assertEquals(0, hot.heatRank());
    }

    @Test
    void missingTextBecomesEmptyAndDefaultsAreThoseOfANewLead() {
        Lead lead = Lead.builder().lastName("Weiß").build();
        assertEquals("", lead.email());
        assertEquals(LeadStatus.OPEN, lead.status());
        assertEquals(Qualification.UNTRIAGED, lead.qualification());
        assertEquals(ReferralKind.NONE, lead.referralKind());
        assertTrue(lead.address().isEmpty());
    }

    @Test
    void anAddressIsCompleteWithStreetCityAndCountry() {
        assertTrue(new PostalAddress("1 Main St", "", "Springfield", "IL", "62701", "us").isComplete());
        assertEquals("US", new PostalAddress("1 Main St", "", "Springfield", "IL", "62701", "us").countryCode());
        assertFalse(new PostalAddress("", "", "Springfield", "IL", "62701", "US").isComplete());
    }
}
