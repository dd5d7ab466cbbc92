package org.newsarchive.search;

import java.util.Map;

/**
 * The archive at a glance.
 *
 * @param articles  live articles
 * @param languages articles per language, largest first
 * @param oldest    first day covered by any dated article (ISO), or null
 * @param newest    last day covered by any dated article (ISO), or null
 * @param undated   articles without a date
 * @param sizeBytes bytes on disk
 */
public record ArchiveStats(long articles, Map<String, Long> languages, String oldest, String newest,
                           long undated, long sizeBytes) {}
