package org.newsarchive.search;

/**
 * One ranked article of a page.
 *
 * @param date    ISO text at the date's precision, or null when undated
 * @param snippet body passage with matched words in {@code <mark>}, HTML-escaped
 */
public record SearchHit(String id, String title, String date, String lang, float score, String snippet) {}
