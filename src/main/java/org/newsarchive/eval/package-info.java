/** Relevance measurement: TREC qrels and queries in, MRR@10, nDCG@10 and Recall@100 out, through the search seam. */
package org.newsarchive.eval;
