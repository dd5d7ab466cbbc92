package org.newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
    static final String STORY = "Le Mali a réceptionné de nouveaux équipements militaires de fabrication russe à l'aéroport de Bamako. "
            + "Il s'agit essentiellement de matériels de renseignement, de radars de dernière génération et d'hélicoptères, "
            + "selon le ministre de la Défense Sadio Camara, qui a salué un partenariat sincère et très ancien avec Moscou. "
            + "D'autres livraisons d'armes et de véhicules blindés sont annoncées dans les prochains mois par l'état-major.";

    @Test
    void similarity_isOne_forTheSameWordsWhateverAccentsAndCase() {
        int[] a = MinHash.signature(STORY);
        int[] b = MinHash.signature(STORY.toUpperCase().replace("é", "e"));
        assertEquals(1.0, MinHash.similarity(a, b));
        assertEquals(MinHash.bandKeys(a), MinHash.bandKeys(b));
    }

    @Test
    void similarity_staysAboveTheThreshold_forAReprintWithAnEditedSentence() {
        String edited = STORY.replace("selon le ministre de la Défense Sadio Camara", "a indiqué mardi Sadio Camara");
        assertTrue(MinHash.similarity(MinHash.signature(STORY), MinHash.signature(edited)) >= ReprintClusters.THRESHOLD);
    }

    @Test
    void similarity_isLow_forAnotherStory() {
        String other = "Le gouvernement a présenté mercredi son budget pour l'année prochaine, marqué par une hausse "
                + "des dépenses de santé et une baisse des impôts de production, a annoncé le ministre de l'Économie.";
        assertTrue(MinHash.similarity(MinHash.signature(STORY), MinHash.signature(other)) < 0.1);
    }

    @Test
    void signature_isNull_withoutWords_andSurvivesStorage() {
        assertNull(MinHash.signature(" … — "));
        int[] sig = MinHash.signature(STORY);
        byte[] bytes = MinHash.toBytes(sig);
        assertArrayEquals(sig, MinHash.fromBytes(bytes, 0, bytes.length));
        assertEquals(List.of("mali", "a"), MinHash.words("Mali a").subList(0, 2));
    }
}
