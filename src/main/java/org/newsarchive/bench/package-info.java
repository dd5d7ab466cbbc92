/** The benchmark: ingest, query latency, HTTP, CLI cold start, and PostgreSQL full-text search as the peer. */
package org.newsarchive.bench;
