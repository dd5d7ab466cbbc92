package org.newsarchive.bench;

import java.util.List;

/** What one engine answered to one query: exact total and the ids of its first page. */
record QueryOutcome(long total, List<String> topIds) {}
