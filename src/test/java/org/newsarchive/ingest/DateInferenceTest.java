package org.newsarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsarchive.PartialDate;

class DateInferenceTest {

    private static String inferred(String text) {
        return DateInference.fromText(text).map(PartialDate::toString).orElse("none");
    }

    @Test
    void weekdayThatAgreesWithTheCalendar_givesTheYear_orTheMonthWhenSaidToBeToday() {
        assertEquals("2024", inferred("Le sommet s'est ouvert mardi 4 juin 2024 à Dakar."));
        assertEquals("2024-06", inferred("Les ministres se réunissent ce mardi 4 juin 2024 à Dakar."));
        assertEquals("2022-03", inferred("Réunion ce mercredi 30 mars 2022."));
    }

    @Test
    void weekdayThatDisagreesWithTheCalendar_isNotTrusted() {
        assertEquals("none", inferred("Les ministres se réunissent ce mercredi 4 juin 2024."));
    }

    @Test
    void eventDateInTheText_isNotThePublicationDate() {
        assertEquals("none", inferred("Le 13 novembre 2015, des attentats frappaient Paris. Le procès s'ouvre."));
        assertEquals("none", inferred("Le contrat signé le 30/03/2022 court jusqu'en 2030."));
    }

    @Test
    void datelineOpeningAParagraph_givesTheYear() {
        assertEquals("2022", inferred("Titre\nPARIS, 30 mars 2022 - Le gouvernement a annoncé..."));
        assertEquals("2022", inferred("Titre\nLe 30/03/2022 à 10h, la séance a repris."));
    }

    @Test
    void yearStatedAsThePresent_givesTheYear() {
        assertEquals("2025", inferred("2025 marque ainsi un tournant pour le Mali."));
        assertEquals("2020", inferred("Depuis le début de l'année 2020, les ventes reculent."));
        assertEquals("none", inferred("En 2025, le Mali a changé de partenaires."));
    }

    @Test
    void dayWithoutYear_refinesAKnownYear_onlyWhenItsWeekdayAgrees() {
        String text = "Ce lundi 30 mars au soir, le couvre-feu a été prolongé.";
        assertEquals(PartialDate.ofDay(2020, 3, 30), DateInference.refine(PartialDate.ofYear(2020), text));
        assertEquals(PartialDate.ofYear(2021), DateInference.refine(PartialDate.ofYear(2021), text));
        assertEquals(Optional.empty(), DateInference.fromText(text));
    }
}
