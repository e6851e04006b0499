package org.archivist.events;

import java.time.LocalDate;

/**
 * Who put the transcription online and when, as the page says ("Submitted by adri on April 29, 2025").
 *
 * @param date null when the page gives none or it cannot be read
 */
public record Contribution(String contributor, LocalDate date) {
}
