package org.archivist.events;

import java.util.List;

/**
 * One name under a signed text, with the places given for it ("Puhringer, Germany, Berlin.").
 *
 * @param group the heading the list stands under ("The International Group of Communists"), or null
 */
public record Signatory(String name, List<Place> places, String group) {

    /**
     * A place as written, and the editor's normalisation when the editor gave one in brackets
     * ("Lettland [Latvia]": written Lettland, normalised Latvia).
     */
    public record Place(String written, String normalised) {
    }

    public Signatory {
        places = places == null ? List.of() : List.copyOf(places);
    }
}
