package org.newsarchive.search;

import java.util.Map;

/**
 * The archive at a glance.
 *
 * @param articles  live articles
 * @param languages articles per language, largest first
 * @param oldest    date of the oldest dated article, at its precision (ISO: "2022-03"), or null
 * @param newest    date of the newest dated article (the latest first day), at its precision, or null
 * @param undated   articles without a date
 * @param sizeBytes bytes on disk
 */
public record ArchiveStats(long articles, Map<String, Long> languages, String oldest, String newest,
                           long undated, long sizeBytes) {}
