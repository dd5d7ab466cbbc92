// Search page: plain JavaScript over the JSON API, no build step.
// Snippets arrive HTML-escaped with <mark> around matches, so they are the only text set as HTML;
// everything else goes through textContent.
'use strict';

const TAILLE_PAGE = 20;
const DELAI_SAISIE_MS = 250;
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const LANGUES = { fr: 'français', en: 'anglais', de: 'allemand', es: 'espagnol', it: 'italien', pt: 'portugais', nl: 'néerlandais', ar: 'arabe', und: 'indéterminée' };
const PRECISION = { year: 'à l’année près', month: 'au mois près', day: 'au jour près' };
// Where a date comes from; a date read from a header needs no remark.
const ORIGINE_DATE = { text: '(déduite du texte)', cluster: '(d’une reprise)' };
const SOURCES_DATE = { header: 'en-tête', text: 'déduite du texte', cluster: 'd’une reprise', none: 'sans date' };
const DELAI_COMPLETION_MS = 150;
const LIES = 5;
const nombre = new Intl.NumberFormat('fr-FR');

const etat = { q: '', tri: 'relevance', langue: null, date: null, regrouper: false, suivant: null, requete: 0 };
const $ = (id) => document.getElementById(id);

function nomMois(cle) { // "2022-03" -> "mars 2022"
  const [a, m] = cle.split('-');
  return MOIS[Number(m) - 1] + ' ' + a;
}

function dateLisible(date) {
  if (!date) return 'sans date';
  const [a, m, j] = date.split('-');
  if (j) return Number(j) + ' ' + MOIS[Number(m) - 1] + ' ' + a;
  if (m) return MOIS[Number(m) - 1] + ' ' + a;
  return a;
}

function dateEtOrigine(date, source) {
  const origine = date && ORIGINE_DATE[source];
  return dateLisible(date) + (origine ? ' ' + origine : '');
}

function pluriel(n, mot) { return nombre.format(n) + ' ' + mot + (n > 1 ? 's' : ''); }

function parametres(curseur) {
  const p = new URLSearchParams();
  if (etat.q) p.set('q', etat.q);
  if (etat.tri !== 'relevance') p.set('sort', etat.tri);
  if (etat.langue) p.set('lang', etat.langue);
  if (etat.date) { p.set('from', etat.date.valeur); p.set('to', etat.date.valeur); }
  if (etat.regrouper) p.set('collapse', 'cluster');
  p.set('size', String(TAILLE_PAGE));
  if (curseur) p.set('cursor', curseur);
  return p;
}

async function appeler(url) {
  let reponse;
  try {
    reponse = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error('Le serveur ne répond pas : vérifiez qu’il tourne toujours, puis réessayez.');
  }
  let corps = null;
  try { corps = await reponse.json(); } catch (e) { /* not JSON: said below */ }
  if (!reponse.ok || corps === null) throw new Error(enFrancais(corps && corps.error, reponse.status));
  return corps;
}

/**
 * The API's error in French: its codes are stable, its messages English. Query errors are what a reader sees while
 * typing (a phrase whose closing quote is not typed yet), so each gets a sentence of its own.
 */
function enFrancais(erreur, statut) {
  const message = (erreur && erreur.message) || '';
  const debut = (texte) => message.startsWith(texte);
  switch (erreur && erreur.code) {
    case 'INVALID_QUERY':
      if (debut('unbalanced quotes')) return 'Expression entre guillemets non refermée : fermez le guillemet pour lancer la recherche.';
      if (debut('unbalanced parentheses')) return 'Parenthèses non appariées : chaque « ( » attend sa « ) ».';
      if (debut('the query ends too early')) return 'La requête s’arrête trop tôt : AND, OR, NOT, + et - attendent un mot après eux.';
      if (debut('lone operator')) return 'Opérateur isolé : AND, OR et NOT attendent un mot de chaque côté.';
      if (message.includes('must follow a word')) return '« ~ » et « ^ » suivent un mot (mali~1, mali^2).';
      if (debut('a lone /')) return 'Une barre « / » seule ouvre une expression régulière : mettez le mot entre guillemets (« 24/7 »).';
      if (debut('empty parentheses')) return 'Parenthèses vides : mettez-y au moins un mot.';
      if (debut('a field name is missing')) return 'Il manque un nom de champ avant « : » (par exemple title:Bamako).';
      if (debut('a field name needs a word')) return 'Il manque un mot après « : » (par exemple title:Bamako).';
      if (debut('^ needs a number')) return '« ^ » attend un nombre après lui (mali^2).';
      if (debut('a \\ at the end')) return 'Une barre « \\ » en fin de requête n’échappe rien (écrivez \\\\ pour une barre).';
      if (debut('ranges like')) return 'Les intervalles [a TO z] ne sont pas pris en charge ; pour les dates, utilisez les filtres.';
      if (debut('query is ')) return 'Requête trop longue.';
      if (debut('query has too many terms')) return 'Requête trop large : trop de mots après expansion des préfixes ; précisez-la.';
      return 'Requête illisible : vérifiez les guillemets, les parenthèses et les opérateurs.';
    case 'INVALID_CURSOR': return 'La suite de ces résultats n’est plus disponible : relancez la recherche.';
    case 'INVALID_PARAMETER': return 'Paramètre refusé par le serveur (' + message + ').';
    case 'NOT_FOUND': return 'Cet article n’existe plus (supprimé entre-temps ?).';
    case 'INTERNAL': return 'Erreur du serveur ; réessayez (son journal en dit plus).';
    default: return 'Erreur ' + statut + ' du serveur' + (message ? ' (' + message + ')' : '') + '.';
  }
}

async function chercher() {
  const numero = ++etat.requete;
  const p = parametres(null);
  const adresse = new URLSearchParams(p);
  adresse.delete('size'); // the address bar keeps what a reader chose, so it can be shared
  history.replaceState(null, '', adresse.toString() ? '?' + adresse : location.pathname);
  try {
    // With a date filter on, the histogram and the years still show every date, so another month is one click away.
    const sansDate = new URLSearchParams(p);
    sansDate.delete('from');
    sansDate.delete('to');
    sansDate.set('size', '0');
    const [page, dates] = await Promise.all([appeler('/api/search?' + p),
      etat.date ? appeler('/api/search?' + sansDate) : null]);
    if (numero !== etat.requete) return; // a newer search has started: this answer is stale
    const facettesDates = (dates || page).facets;
    $('etat').classList.remove('erreur');
    $('etat').textContent = page.total === 0
      ? (etat.q ? 'Aucun résultat pour « ' + etat.q + ' ».' : 'Aucun article.')
      : pluriel(page.total, 'résultat') + ' (' + nombre.format(Math.round(page.took_ms * 10) / 10) + ' ms)';
    if (page.timed_out) $('etat').textContent += ' — recherche interrompue à sa limite de temps : résultats partiels.';
    if (page.relaxed) $('etat').textContent += ' — aucun article ne contient tous ces mots : ceux qui en contiennent le plus d’abord.';
    // A month filter also keeps the articles dated only by their year (they may be of that month): say how many.
    if (etat.date && etat.date.genre === 'mois') {
      // Facets count articles (a grouped page's total counts reprint clusters): the articles are the languages' sum.
      const articles = Object.values(page.facets.lang || {}).reduce((a, b) => a + b, 0);
      const approximatifs = articles - ((page.facets.month || {})[etat.date.valeur] || 0);
      if (approximatifs > 0) {
        $('etat').textContent += ' — dont ' + pluriel(approximatifs, 'article') + ' daté' + (approximatifs > 1 ? 's' : '')
          + ' seulement de l’année, en fin de liste si vous triez par date.';
      }
    }
    $('liste').replaceChildren(...page.hits.map(ligne));
    dessinerSuggestion(page.suggestion);
    dessinerHistogramme(facettesDates.month || {});
    dessinerFacette($('annees'), facettesDates.year || {}, 'annee');
    dessinerFacette($('langues'), page.facets.lang || {}, 'langue');
    dessinerSourcesDate(page.facets.date_source || {});
    dessinerFiltres();
    suivant(page);
  } catch (e) {
    if (numero !== etat.requete) return;
    $('etat').classList.add('erreur');
    $('etat').textContent = e.message;
    $('liste').replaceChildren();
    dessinerSuggestion(null);
    suivant(null);
  }
}

async function plus() {
  const numero = etat.requete;
  $('plus').disabled = true;
  try {
    const page = await appeler('/api/search?' + parametres(etat.suivant));
    if (numero !== etat.requete) return;
    $('liste').append(...page.hits.map(ligne));
    suivant(page);
  } catch (e) {
    $('etat').classList.add('erreur');
    $('etat').textContent = e.message;
  } finally {
    $('plus').disabled = false;
  }
}

/** Shows « Plus de résultats » when there are more: the page came with a cursor (grouped or not). */
function suivant(page) {
  etat.suivant = page ? page.next : null;
  $('plus').hidden = !etat.suivant;
}

/** « Vouliez-vous dire : … », a link that runs the corrected query. */
function dessinerSuggestion(correction) {
  const zone = $('suggestion');
  zone.replaceChildren();
  zone.hidden = !correction;
  if (!correction) return;
  const lien = document.createElement('a');
  lien.href = '?q=' + encodeURIComponent(correction);
  lien.textContent = correction;
  lien.addEventListener('click', (e) => {
    e.preventDefault();
    $('q').value = correction;
    etat.q = correction;
    chercher();
  });
  zone.append('Vouliez-vous dire : ', lien, ' ?');
}

function ligne(hit) {
  const li = document.createElement('li');
  const titre = document.createElement('button');
  titre.type = 'button';
  titre.className = 'titre';
  titre.dir = 'auto';
  titre.textContent = hit.title || '(sans titre)';
  titre.addEventListener('click', () => ouvrirArticle(hit.id, titre));
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = dateEtOrigine(hit.date, hit.date_source) + ' · ' + (LANGUES[hit.lang] || hit.lang);
  const extrait = document.createElement('p');
  extrait.className = 'extrait';
  extrait.dir = 'auto';
  extrait.innerHTML = hit.snippet; // escaped by the server; only <mark> is markup
  li.append(titre, meta, extrait);
  if (hit.similar > 0) li.append(boutonSimilaires(hit));
  return li;
}

/** « N similaires »: opens, under the hit, the list of its reprints (its cluster), each one a link to the article. */
function boutonSimilaires(hit) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'similaires';
  b.textContent = pluriel(hit.similar, 'similaire');
  b.setAttribute('aria-expanded', 'false');
  let liste = null;
  b.addEventListener('click', async () => {
    if (liste) {
      liste.hidden = !liste.hidden;
      b.setAttribute('aria-expanded', String(!liste.hidden));
      return;
    }
    try {
      const reponse = await appeler('/api/articles/' + encodeURIComponent(hit.id) + '/similar');
      liste = document.createElement('ul');
      liste.className = 'reprises';
      liste.append(...reponse.articles.map((n) => voisin(n, () => b)));
      b.after(liste);
      b.setAttribute('aria-expanded', 'true');
    } catch (e) {
      $('etat').classList.add('erreur');
      $('etat').textContent = e.message;
    }
  });
  return b;
}

/** One similar or related article: its title (opens it), then its date. */
function voisin(n, retour) {
  const li = document.createElement('li');
  const b = document.createElement('button');
  b.type = 'button';
  b.dir = 'auto';
  b.dataset.id = n.id;
  b.textContent = n.title || '(sans titre)';
  b.addEventListener('click', () => ouvrirArticle(n.id, retour()));
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = ' · ' + dateEtOrigine(n.date, n.date_source);
  li.append(b, meta);
  return li;
}

/** Every month from the first to the last one with articles, empty ones included, as bars. */
function dessinerHistogramme(parMois) {
  const cles = Object.keys(parMois).sort();
  const zone = $('histogramme');
  zone.replaceChildren();
  const legende = $('histo-legende');
  legende.replaceChildren();
  if (cles.length === 0) {
    legende.textContent = 'Aucun article daté.';
    return;
  }
  const mois = [];
  let [a, m] = cles[0].split('-').map(Number);
  const [aFin, mFin] = cles[cles.length - 1].split('-').map(Number);
  while (a < aFin || (a === aFin && m <= mFin)) {
    mois.push(a + '-' + String(m).padStart(2, '0'));
    if (++m > 12) { m = 1; a++; }
  }
  const max = Math.max(...cles.map((c) => parMois[c]));
  for (const cle of mois) {
    const n = parMois[cle] || 0;
    const barre = document.createElement('button');
    barre.type = 'button';
    barre.className = 'barre' + (n === 0 ? ' vide' : '') + (etat.date && etat.date.valeur === cle ? ' active' : '');
    barre.dataset.mois = cle;
    barre.dataset.nombre = String(n);
    barre.style.height = (n === 0 ? 2 : Math.max(8, Math.round((n / max) * 100))) + '%';
    barre.title = nomMois(cle) + ' : ' + pluriel(n, 'article');
    barre.setAttribute('aria-label', barre.title);
    if (n === 0) barre.disabled = true;
    else barre.addEventListener('click', () => filtrerDate('mois', cle));
    zone.append(barre);
  }
  const debut = document.createElement('span');
  debut.textContent = nomMois(mois[0]);
  const fin = document.createElement('span');
  fin.textContent = mois.length > 1 ? nomMois(mois[mois.length - 1]) : '';
  legende.append(debut, fin);
}

function dessinerFacette(ul, valeurs, genre) {
  ul.replaceChildren(...Object.entries(valeurs).map(([valeur, n]) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.valeur = valeur;
    b.dataset.nombre = String(n);
    const actif = genre === 'langue' ? etat.langue === valeur : (etat.date && etat.date.valeur === valeur);
    b.setAttribute('aria-pressed', actif ? 'true' : 'false');
    const nom = document.createElement('span');
    nom.textContent = genre === 'langue' ? (LANGUES[valeur] || valeur) : valeur;
    const compte = document.createElement('span');
    compte.className = 'nombre';
    compte.textContent = ' ' + nombre.format(n);
    b.append(nom, compte);
    b.addEventListener('click', () => {
      if (genre === 'langue') { etat.langue = actif ? null : valeur; chercher(); }
      else filtrerDate('annee', actif ? null : valeur);
    });
    li.append(b);
    return li;
  }));
}

/** Where the dates of the matches come from, « sans date » counting the undated; figures only, no filter. */
function dessinerSourcesDate(valeurs) {
  $('sources-date').replaceChildren(...Object.keys(SOURCES_DATE).filter((cle) => valeurs[cle]).map((cle) => {
    const li = document.createElement('li');
    li.dataset.valeur = cle;
    li.dataset.nombre = String(valeurs[cle]);
    const compte = document.createElement('span');
    compte.className = 'nombre';
    compte.textContent = ' ' + nombre.format(valeurs[cle]);
    li.append(SOURCES_DATE[cle], compte);
    return li;
  }));
}

function filtrerDate(genre, valeur) {
  etat.date = valeur ? { genre, valeur } : null;
  chercher();
}

function dessinerFiltres() {
  const puces = [];
  if (etat.date) {
    puces.push(puce((etat.date.genre === 'mois' ? 'Mois : ' + nomMois(etat.date.valeur) : 'Année : ' + etat.date.valeur),
      () => { etat.date = null; }));
  }
  if (etat.langue) puces.push(puce('Langue : ' + (LANGUES[etat.langue] || etat.langue), () => { etat.langue = null; }));
  $('filtres').replaceChildren(...puces);
}

function puce(texte, retirer) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = texte + ' ×';
  b.setAttribute('aria-label', 'Retirer le filtre ' + texte);
  b.addEventListener('click', () => { retirer(); chercher(); $('q').focus(); });
  return b;
}

let origine = null;

async function ouvrirArticle(id, depuis) {
  origine = depuis;
  try {
    const a = await appeler('/api/articles/' + encodeURIComponent(id));
    $('article').dataset.id = a.id;
    $('article-titre').textContent = a.title || '(sans titre)';
    const meta = [a.date ? dateLisible(a.date) + ' (' + PRECISION[a.date_precision] + ')'
      + (ORIGINE_DATE[a.date_source] ? ' ' + ORIGINE_DATE[a.date_source] : '') : 'sans date',
      LANGUES[a.lang] || a.lang];
    if (a.source) meta.push('source : ' + a.source);
    $('article-meta').textContent = meta.join(' · ');
    if (a.url) {
      const lien = document.createElement('a');
      lien.href = a.url;
      lien.rel = 'noopener noreferrer';
      lien.textContent = 'article original';
      $('article-meta').append(' · ', lien);
    }
    $('article-corps').replaceChildren(...a.body.map((texte) => {
      const p = document.createElement('p');
      p.textContent = texte;
      return p;
    }));
    $('article-credits').replaceChildren(...a.credits.map((c) => {
      const li = document.createElement('li');
      li.textContent = 'Crédit : ' + c;
      return li;
    }));
    $('article-lies').hidden = true;
    $('article-reprises').hidden = true;
    $('article').hidden = false;
    derriere(true);
    $('article').focus();
    montrerVoisins(a.id, 'similar', 'reprises');
    montrerVoisins(a.id, 'related?limit=' + LIES, 'lies');
  } catch (e) {
    $('etat').classList.add('erreur');
    $('etat').textContent = e.message;
  }
}

/**
 * Under the article: « Reprises de cet article » (its reprint cluster, /similar) and « Articles liés » (the most alike
 * outside it, /related); each list hidden when empty.
 */
async function montrerVoisins(id, route, nom) {
  try {
    const reponse = await appeler('/api/articles/' + encodeURIComponent(id) + '/' + route);
    if ($('article').hidden || $('article').dataset.id !== id) return; // closed, or another article opened since
    // Opening one of them keeps the way back to the hit that opened the first article.
    $('liste-' + nom).replaceChildren(...reponse.articles.map((n) => voisin(n, () => origine)));
    $('article-' + nom).hidden = reponse.articles.length === 0;
  } catch (e) {
    $('article-' + nom).hidden = true;
  }
}

/** While a dialog (article, archive) is open, the page behind it is inert: Tab and screen readers stay in it. */
function derriere(inerte) {
  const fond = [document.querySelector('header'), document.querySelector('.skip'), document.querySelector('footer'),
    ...Array.from(document.querySelector('main').children).filter((e) => e.getAttribute('role') !== 'dialog')];
  for (const e of fond) e.inert = inerte;
}

function fermerArticle() {
  $('article').hidden = true;
  derriere(false);
  if (origine) origine.focus();
}

/** « Cette archive »: what /api/stats says, with the learned lines removed most often (what was dropped, and where). */
async function ouvrirArchive() {
  try {
    const s = await appeler('/api/stats');
    const langues = Object.entries(s.languages).map(([l, n]) => (LANGUES[l] || l) + ' ' + nombre.format(n)).join(', ');
    const periode = s.oldest ? ', de ' + dateLisible(s.oldest) + ' à ' + dateLisible(s.newest) : '';
    $('archive-chiffres').textContent = pluriel(s.articles, 'article') + periode
      + (s.undated ? ' (' + nombre.format(s.undated) + ' sans date)' : '') + (langues ? ' ; ' + langues : '') + '.';
    const lignes = s.boilerplate_removed.map((l) => {
      const li = document.createElement('li');
      const texte = document.createElement('q');
      texte.textContent = l.line;
      texte.dir = 'auto';
      li.append(texte, ' — ' + (l.source || 'sans source') + ', retirée de ' + pluriel(l.articles, 'article'));
      return li;
    });
    if (lignes.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'Aucune pour l’instant.';
      lignes.push(li);
    }
    $('archive-lignes').replaceChildren(...lignes);
    $('archive').hidden = false;
    derriere(true);
    $('archive').focus();
  } catch (e) {
    $('etat').classList.add('erreur');
    $('etat').textContent = e.message;
  }
}

function fermerArchive() {
  $('archive').hidden = true;
  derriere(false);
  $('a-propos').focus();
}

let completionDemandee = 0;

/** Fills the search box's list of completions from /api/suggest; the answer to an older prefix is dropped. */
async function completer() {
  const prefixe = $('q').value;
  const numero = ++completionDemandee;
  if (prefixe.trim().length < 2) { $('completions').replaceChildren(); return; }
  try {
    const reponse = await appeler('/api/suggest?' + new URLSearchParams({ prefix: prefixe, limit: '8' }));
    if (numero !== completionDemandee) return;
    $('completions').replaceChildren(...reponse.suggestions.map((s) => {
      const option = document.createElement('option');
      option.value = s.text;
      option.dataset.genre = s.kind;
      return option;
    }));
  } catch (e) {
    // Completions are a convenience: the search itself reports errors.
  }
}

function demarrer() {
  const p = new URLSearchParams(location.search);
  etat.q = p.get('q') || '';
  etat.tri = p.get('sort') === 'date' ? 'date' : 'relevance';
  etat.langue = p.get('lang');
  etat.regrouper = p.get('collapse') === 'cluster' || p.get('collapse') === 'true';
  $('regrouper').checked = etat.regrouper;
  const de = p.get('from');
  if (de && de === p.get('to')) etat.date = { genre: de.length === 4 ? 'annee' : 'mois', valeur: de };
  $('q').value = etat.q;
  document.querySelector('input[name="tri"][value="' + etat.tri + '"]').checked = true;

  let minuterie = null;
  let minuterieCompletion = null;
  $('q').addEventListener('input', () => {
    clearTimeout(minuterie);
    minuterie = setTimeout(() => { etat.q = $('q').value.trim(); chercher(); }, DELAI_SAISIE_MS);
    clearTimeout(minuterieCompletion);
    minuterieCompletion = setTimeout(completer, DELAI_COMPLETION_MS);
  });
  $('regrouper').addEventListener('change', () => {
    etat.regrouper = $('regrouper').checked;
    chercher();
  });
  $('recherche').addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(minuterie);
    etat.q = $('q').value.trim();
    chercher();
  });
  document.querySelectorAll('input[name="tri"]').forEach((r) => r.addEventListener('change', () => {
    etat.tri = r.value;
    chercher();
  }));
  $('plus').addEventListener('click', plus);
  $('fermer').addEventListener('click', fermerArticle);
  $('a-propos').addEventListener('click', ouvrirArchive);
  $('fermer-archive').addEventListener('click', fermerArchive);
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    if (!$('article').hidden) fermerArticle();
    else if (!$('archive').hidden) fermerArchive();
  });
  chercher();
}

demarrer();
