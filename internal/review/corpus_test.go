package review

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// corpusDir holds the labelled corpora at the module root: dev (tuned on,
// two labellers), dev2 (written independently of dev and used to validate
// that a change generalizes) and holdout, read only by TestCorpusHoldout on
// request.
const corpusDir = "../../testdata/corpus"

type corpusLabels struct {
	Language string            `json:"language"`
	Items    map[string]string `json:"items"`
}

// corpusStats accumulates agreement with the labels per item.
type corpusStats struct {
	docs int
	// per item: counts of (label dealt, engine dealt) pairs and exact
	// three-way matches.
	dealtDealt, dealtMissed, missDealt, missMiss map[string]int
	exact, total                                 map[string]int
	byLang                                       map[string][4]int
	misses                                       []string
}

func newCorpusStats() *corpusStats {
	return &corpusStats{
		dealtDealt: map[string]int{}, dealtMissed: map[string]int{}, missDealt: map[string]int{}, missMiss: map[string]int{},
		exact: map[string]int{}, total: map[string]int{}, byLang: map[string][4]int{},
	}
}

// scoreCorpus compares the engine with the label files of a set. suffix
// selects the labeller: ".labels.json" (the first) or ".labels2.json" (the
// second, blind labeller, where present).
func scoreCorpus(t *testing.T, e *Engine, set, suffix string) *corpusStats {
	t.Helper()
	dir := filepath.Join(corpusDir, set)
	if filepath.IsAbs(set) {
		dir = set
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"+suffix))
	if err != nil {
		t.Fatal(err)
	}
	st := newCorpusStats()
	for _, lf := range files {
		raw, err := os.ReadFile(lf)
		if err != nil {
			t.Fatal(err)
		}
		var lab corpusLabels
		if err := json.Unmarshal(raw, &lab); err != nil {
			t.Fatalf("%s: %v", lf, err)
		}
		if lab.Language == "" {
			lab.Language = languageFromName(filepath.Base(lf))
		}
		txtFile := strings.TrimSuffix(lf, suffix) + ".txt"
		text, err := os.ReadFile(txtFile)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := e.Review(context.Background(), Input{Name: filepath.Base(txtFile), Text: string(text)})
		if err != nil {
			t.Fatalf("%s: %v", txtFile, err)
		}
		st.docs++
		got := map[string]Status{}
		for _, s := range rep.Steps {
			for _, it := range s.Items {
				got[it.ID] = it.Status
			}
		}
		for _, it := range rep.Protections {
			got[it.ID] = it.Status
		}
		for id, want := range lab.Items {
			g := got[id]
			wantDealt, gotDealt := want != "missing", g != Missing
			lc := st.byLang[lab.Language]
			switch {
			case wantDealt && gotDealt:
				st.dealtDealt[id]++
				lc[0]++
			case wantDealt && !gotDealt:
				st.dealtMissed[id]++
				lc[1]++
			case !wantDealt && gotDealt:
				st.missDealt[id]++
				lc[2]++
			default:
				st.missMiss[id]++
				lc[3]++
			}
			st.byLang[lab.Language] = lc
			st.total[id]++
			if string(g) == want {
				st.exact[id]++
			}
			if wantDealt != gotDealt {
				st.misses = append(st.misses, fmt.Sprintf("%s %s: label %s, engine %s", filepath.Base(txtFile), id, want, g))
			}
		}
	}
	return st
}

// languageFromName reads the language from a corpus file name
// ("he-consulting.labels2.json", "en_saas_terms.labels.json",
// "en04_purchase_order_terms.labels2.json").
func languageFromName(name string) string {
	if len(name) > 2 && strings.HasPrefix(name, "en") && !unicode.IsLetter(rune(name[2])) {
		return "en"
	}
	return "he"
}

func (st *corpusStats) overall() (agree, dealtRecall, missingRecall, exact float64) {
	var dd, dm, md, mm, ex, tot int
	for id := range st.total {
		dd += st.dealtDealt[id]
		dm += st.dealtMissed[id]
		md += st.missDealt[id]
		mm += st.missMiss[id]
		ex += st.exact[id]
		tot += st.total[id]
	}
	if tot == 0 {
		return 0, 0, 0, 0
	}
	return float64(dd+mm) / float64(tot), ratio(dd, dd+dm), ratio(mm, mm+md), float64(ex) / float64(tot)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (st *corpusStats) log(t *testing.T, set string) {
	ids := make([]string, 0, len(st.total))
	for _, d := range catalog {
		ids = append(ids, d.id)
	}
	t.Logf("%s: %d documents", set, st.docs)
	t.Logf("%-22s %6s %8s %8s %6s", "item", "agree", "dealt-R", "miss-R", "exact")
	for _, id := range ids {
		if st.total[id] == 0 {
			continue
		}
		dd, dm, md, mm := st.dealtDealt[id], st.dealtMissed[id], st.missDealt[id], st.missMiss[id]
		t.Logf("%-22s %5.0f%% %7.0f%% %7.0f%% %5.0f%%", id, 100*float64(dd+mm)/float64(st.total[id]),
			100*ratio(dd, dd+dm), 100*ratio(mm, mm+md), 100*float64(st.exact[id])/float64(st.total[id]))
	}
	langs := make([]string, 0, len(st.byLang))
	for l := range st.byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		c := st.byLang[l]
		t.Logf("language %s: agreement %.1f%%, dealt-with recall %.1f%%, missing recall %.1f%%", l,
			100*float64(c[0]+c[3])/float64(c[0]+c[1]+c[2]+c[3]), 100*ratio(c[0], c[0]+c[1]), 100*ratio(c[3], c[3]+c[2]))
	}
	a, dr, mr, ex := st.overall()
	t.Logf("overall: agreement %.1f%%, dealt-with recall %.1f%%, missing recall %.1f%%, exact status %.1f%%", 100*a, 100*dr, 100*mr, 100*ex)
	if testing.Verbose() {
		for _, m := range st.misses {
			t.Log("disagree: " + m)
		}
	}
}

// TestCorpusDev scores the labelled development corpus and asserts an honest
// floor on dealt-with-versus-missing agreement.
func TestCorpusDev(t *testing.T) {
	if _, err := os.Stat(filepath.Join(corpusDir, "dev")); err != nil {
		t.Skip("no development corpus")
	}
	e := newTestEngine(t)
	st := scoreCorpus(t, e, "dev", ".labels.json")
	if st.docs == 0 {
		t.Skip("development corpus is empty")
	}
	st.log(t, "dev")
	if second := scoreCorpus(t, e, "dev", ".labels2.json"); second.docs > 0 {
		second.misses = nil
		second.log(t, "dev, second labeller")
	}
	// The floors sit a little under what the engine reaches, so that a
	// change that costs a document or two fails here: agreement, and each
	// recall on its own, because saying "missing" correctly matters as
	// much as finding what is there.
	agree, dealtR, missR, _ := st.overall()
	if agree < devFloor {
		t.Errorf("dealt-with/missing agreement %.1f%% is under the %.0f%% floor", 100*agree, 100*devFloor)
	}
	if dealtR < devRecallFloor || missR < devRecallFloor {
		t.Errorf("recalls dealt-with %.1f%%, missing %.1f%%: one is under the %.0f%% floor", 100*dealtR, 100*missR, 100*devRecallFloor)
	}
}

// devFloor and devRecallFloor are the floors on dev, first labeller.
const (
	devFloor       = 0.96
	devRecallFloor = 0.94
)

// TestCorpusDev2 scores the validation corpus, written independently of
// dev: the numbers a change must improve without tuning to it. Its floor is
// lower than dev's because nothing was tuned on these documents.
func TestCorpusDev2(t *testing.T) { checkCorpusSet(t, "dev2", dev2Floor) }

// dev2Floor is the agreement dev2 must keep. It is lower than dev's
// because dev2 keeps growing with documents nothing was tuned on.
const dev2Floor = 0.93

// TestCorpusDev3 scores a third corpus, written by another engineer while
// the engine was being changed. It was scored once before any of its
// documents was read (22 documents: 88.8% dealt-with/missing agreement),
// and then its misses were read to fix cue families, not phrases; later
// changes must keep it.
func TestCorpusDev3(t *testing.T) { checkCorpusSet(t, "dev3", dev3Floor) }

// dev3Floor is the agreement dev3 must keep; like dev2's it sits under
// dev's because the set keeps growing with documents nothing was tuned on.
const dev3Floor = 0.93

// TestCorpusHoldout scores the held-out corpus. It runs only when
// HESKEM_HOLDOUT=1, so that tuning never looks at it by accident.
func TestCorpusHoldout(t *testing.T) {
	if os.Getenv("HESKEM_HOLDOUT") != "1" {
		t.Skip("set HESKEM_HOLDOUT=1 to score the held-out corpus")
	}
	e := newTestEngine(t)
	st := scoreCorpus(t, e, "holdout", ".labels.json")
	if st.docs == 0 {
		t.Skip("holdout corpus is empty")
	}
	st.misses = nil // report numbers only, never the documents
	st.log(t, "holdout")
	if second := scoreCorpus(t, e, "holdout", ".labels2.json"); second.docs > 0 {
		second.misses = nil
		second.log(t, "holdout, second labeller")
	}
}

// TestCorpusDev4 scores a fourth corpus, written by another engineer while
// the engine was being changed. It was scored once before any of its
// documents was read (16 documents, first labeller: 86.9% dealt-with/missing
// agreement; 86.6% with the lexicon from before the round), and then its
// misses were read to fix cue families, not phrases; later changes must
// keep it.
func TestCorpusDev4(t *testing.T) { checkCorpusSet(t, "dev4", dev4Floor) }

// dev4Floor is the agreement dev4 must keep; like dev3's it sits under
// dev's because the set may grow with documents nothing was tuned on.
const dev4Floor = 0.93

// checkCorpusSet scores one corpus set against its writer's labels (and
// logs the blind second labeller's, if any) and fails under floor.
func checkCorpusSet(t *testing.T, set string, floor float64) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(corpusDir, set)); err != nil {
		t.Skipf("no %s corpus", set)
	}
	e := newTestEngine(t)
	st := scoreCorpus(t, e, set, ".labels.json")
	if st.docs == 0 {
		t.Skipf("%s corpus is empty", set)
	}
	st.log(t, set)
	if second := scoreCorpus(t, e, set, ".labels2.json"); second.docs > 0 {
		second.misses = nil
		second.log(t, set+", second labeller")
	}
	agree, _, _, _ := st.overall()
	if agree < floor {
		t.Errorf("%s dealt-with/missing agreement %.1f%% is under the %.0f%% floor", set, 100*agree, 100*floor)
	}
}

// TestCorpusExternal scores labelled sets kept outside the repository
// (agreements whose text may not be committed: published contracts under
// their owners' terms, a customer's documents). HESKEM_CORPUS_EXTRA lists
// their directories, separated by the OS path-list separator; each holds
// <name>.txt with <name>.labels.json in the corpus format. Nothing is
// asserted: the set is measured, not tuned to.
func TestCorpusExternal(t *testing.T) {
	dirs := filepath.SplitList(os.Getenv("HESKEM_CORPUS_EXTRA"))
	if len(dirs) == 0 {
		t.Skip("set HESKEM_CORPUS_EXTRA to score labelled sets kept outside the repository")
	}
	e := newTestEngine(t)
	for _, d := range dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			t.Fatal(err)
		}
		st := scoreCorpus(t, e, abs, ".labels.json")
		if st.docs == 0 {
			t.Errorf("%s: no labelled documents (<name>.txt with <name>.labels.json)", d)
			continue
		}
		st.log(t, d)
		if second := scoreCorpus(t, e, abs, ".labels2.json"); second.docs > 0 {
			second.misses = nil
			second.log(t, d+", second labeller")
		}
	}
}

// TestCorpusDev5 scores a Hebrew corpus of long, law-firm style agreements
// by a fifth author, and TestCorpusDev6 its English counterpart by a sixth.
// Both were scored once before any of their documents was read (dev5
// 92.0% on its first eight documents, dev6 98.0% on its first nine; see
// testdata/corpus/README.md), then their misses were read for families of
// cues, not phrases.
func TestCorpusDev5(t *testing.T) { checkCorpusSet(t, "dev5", dev5Floor) }

func TestCorpusDev6(t *testing.T) { checkCorpusSet(t, "dev6", dev6Floor) }

// dev5Floor and dev6Floor sit a little under what the engine reaches on
// each set, so that a change that costs a document or two fails.
const (
	dev5Floor = 0.93
	dev6Floor = 0.95
)

// TestCorpusDev7 scores a set in the layouts people actually sign (e-mail
// threads, quotes that become agreements, forms, letters with terms of
// business, purchase orders), ten Hebrew and ten English, by two more
// authors with blind second labels. Scored once unseen (89.1%), after
// the rounds on dev5, dev6 and the published agreements; then read.
func TestCorpusDev7(t *testing.T) { checkCorpusSet(t, "dev7", dev7Floor) }

const dev7Floor = 0.93

// TestCorpusDev8 scores the last set of round 4, ten Hebrew and ten English
// agreements by two more authors with blind second labels, written while
// the engine was being changed and scored once before anyone read them
// (90.0%: English 92.3%, Hebrew 87.7%).
func TestCorpusDev8(t *testing.T) { checkCorpusSet(t, "dev8", dev8Floor) }

const dev8Floor = 0.93

// TestCorpusDev9 scores the set written during the last part of round 4:
// ten Hebrew and ten English agreements of ten more kinds by two more
// authors, with blind second labels; scored once before anyone read them
// (89.1%: English 88.2%, Hebrew 90.0%).
func TestCorpusDev9(t *testing.T) { checkCorpusSet(t, "dev9", dev9Floor) }

const dev9Floor = 0.93

// TestCorpusDev10 scores the first set of round 5: ten Hebrew and ten
// English agreements of ten new kinds (pest control, medical equipment,
// food testing, interior design, podcast editing, QA outsourcing, solar,
// after-school programmes, hotel laundry, fire safety) by two more authors,
// with blind second labels (labellers agree 98.4%). Scored once before
// anyone read them: 91.0% (Hebrew 90.5%, English 91.4%).
func TestCorpusDev10(t *testing.T) { checkCorpusSet(t, "dev10", dev10Floor) }

const dev10Floor = 0.94

// TestCorpusDev11 scores the second set of round 5: ten Hebrew and ten
// English agreements of ten more kinds (parking management, bathroom
// renovation, kindergarten catering, SEO content, assessment centres,
// wedding photography, charity hosting, a hospital security survey, TV
// subtitling, moving and storage) by two more authors, with blind second
// labels (labellers agree 97.3%). Scored once before anyone read them:
// 86.8% (Hebrew 86.4%, English 87.3%).
func TestCorpusDev11(t *testing.T) { checkCorpusSet(t, "dev11", dev11Floor) }

const dev11Floor = 0.92

// TestCorpusDev12 scores the third set of round 5: ten Hebrew and ten
// English agreements of ten more kinds (tutoring, dog walking, rope-access
// window cleaning, an IT helpdesk, podcast production, sound and lighting,
// annual accounts, a park's landscape architect, pool maintenance, archive
// digitisation) by two more authors, with blind second labels (labellers
// agree 98.2%). Scored once before anyone read them: 93.0% (Hebrew 96.4%,
// English 89.5%); the engine as it was at the start of round 5 scores
// the same set 91.4%.
func TestCorpusDev12(t *testing.T) { checkCorpusSet(t, "dev12", dev12Floor) }

const dev12Floor = 0.94

// TestCorpusDev13 scores the last set of round 5: ten Hebrew and ten
// English agreements of ten more kinds (a private chef, fleet GPS
// tracking, hotel plumbing, grant writing, game localisation, school
// occupational therapy, wedding florals, cyber-awareness training, bank
// valuations, a restaurant's social media) by two more authors, with blind
// second labels (labellers agree 97.5%). Scored once before anyone read
// them: 90.2% (Hebrew 89.5%, English 90.9%); the engine of the round's
// start scores the same set 89.3%.
func TestCorpusDev13(t *testing.T) { checkCorpusSet(t, "dev13", dev13Floor) }

const dev13Floor = 0.92

// TestCorpusDev14 scores the first set of round 6: ten Hebrew and ten
// English agreements of twenty new kinds (lift maintenance for a building
// committee, a payroll bureau, legal translation, drone photography, office
// air conditioning, staff shuttles, workplace yoga, municipal tree pruning,
// vending machines, mystery shopping; clinical-trial monitoring, data
// annotation, penetration testing, an app built over e-mail, a corporate
// video, a structural inspection, a dental laboratory, annual-report
// printing, a trade-show booth, home staging) by two more authors, with
// blind second labels (labellers agree 98.0%). Scored once before anyone
// read them: 88.6% (Hebrew 85.5%, English 91.8%); the engine of the
// round's start scores the same set 88.2%.
func TestCorpusDev14(t *testing.T) { checkCorpusSet(t, "dev14", dev14Floor) }

const dev14Floor = 0.92

// TestCorpusDev15 scores the second set of round 6 (waste recycling, a
// school's music lessons, genealogy research, a pharmacy courier on
// WhatsApp, lifeguards, sewer cleaning, mall signage, a day centre for the
// elderly, pet grooming, kibbutz irrigation; piano tuning, deposition
// transcription, laboratory calibration, bank copywriting, a workplace
// investigation, window film, an executive chauffeur chat, colocation,
// museum exhibition design, research recruitment), labellers agree 98.0%.
// Scored once unseen: 80.5% (Hebrew 80.0%, English 80.9%; the round's
// starting engine 80.2%), the hardest set so far: chats, forms and
// one-page summaries.
func TestCorpusDev15(t *testing.T) { checkCorpusSet(t, "dev15", dev15Floor) }

const dev15Floor = 0.86

// TestCorpusDev16 scores the third set of round 6 (locksmith and access
// control, an office aquarium, medical transcription, kashrut supervision,
// fleet car washing, a photocopier lease, book proofreading on WhatsApp,
// staff workshops, school trip guides, theatre ticketing; a virtual
// assistant, hotel carpet cleaning, freight forwarding, background
// screening, legal document review, orchard pollination, warehouse stock
// counts, a remote medical scribe, cloud cost consulting, sign-language
// interpreting), labellers agree 97.5%. Scored once unseen: 86.8% (Hebrew
// 86.4%, English 87.3%).
func TestCorpusDev16(t *testing.T) { checkCorpusSet(t, "dev16", dev16Floor) }

const dev16Floor = 0.89

// TestCorpusDev17 and TestCorpusDev18 score the two sets written during
// round 6 and kept unread until its end (forty agreements of forty new
// kinds: kitchen carpentry, hood cleaning, a spokesperson, workplace
// nutrition, a High Holidays cantor on WhatsApp, event balloons, a
// hearing-aid laboratory, 3D printing, a school IT technician, a garden;
// executive coaching, snow removal, IT asset disposal, language classes, a
// wedding band, tree surgery, a clinical courier, an accessibility audit,
// market research fieldwork, a veterinary locum; a cookbook, soil testing,
// a conference, library lectures, product photography, a glazier, an
// accessibility survey, generator maintenance, NGO consulting, dog
// training; medical billing, kitchen equipment repair, an escape room,
// forklift training, playground inspection, art handling, fleet tyres, a
// pipe organ, focus groups, a gym trainer). Labellers agree 99.1% (dev17)
// and 97.1% (dev18). Scored once, unread, with the round's final engine:
// dev17 89.3% (the round's starting engine 87.5%), dev18 90.5% (89.1%).
func TestCorpusDev17(t *testing.T) { checkCorpusSet(t, "dev17", dev17Floor) }

const dev17Floor = 0.88

func TestCorpusDev18(t *testing.T) { checkCorpusSet(t, "dev18", dev18Floor) }

const dev18Floor = 0.89

// TestCorpusDev19 and TestCorpusDev20 score the last two sets of round 6,
// written while it ran and scored once, unread, with its final engine
// (website copy for a law firm, short-let management, first-aid training,
// piano moving, laundry-machine repair, a summer camp, a mortgage adviser,
// a pergola, a school bus charter, career counselling; gutter cleaning,
// ticket-scanning staff, mobile phlebotomy, yacht maintenance, technical
// writing, loft insulation, an incident-response retainer, school sports
// coaching, a café mural, packaging design; a building electrician,
// crowdfunding, piano lessons, post-renovation cleaning, radon measurement,
// a shop window, an insurance agency, roof waterproofing, a keynote
// speaker, a bicycle fleet; audio description, graffiti removal, a shop
// migration, an employee assistance programme, bicycle couriers,
// ergonomic assessments, conference AV, a heritage survey, school
// photography, a personal tax return). Labellers agree 98.0% (dev19) and
// 97.3% (dev20). First scores: dev19 88.2% (the round's starting engine
// 87.3%), dev20 85.7% (83.0%).
func TestCorpusDev19(t *testing.T) { checkCorpusSet(t, "dev19", dev19Floor) }

const dev19Floor = 0.87

func TestCorpusDev20(t *testing.T) { checkCorpusSet(t, "dev20", dev20Floor) }

const dev20Floor = 0.84

// TestCorpusDev21, TestCorpusDev22 and TestCorpusDev23 score the sets of
// round 7, each written by two new authors and labelled again by a blind
// second labeller (labellers agree 95.2%, 95.9% and 95.7%): farms,
// kibbutzim and religious councils (irrigation, a goat herd's vet, avocado
// packing, a mikveh, green waste, a water-allocation objection, drone
// spraying, security coordination minutes, dairy software, a yeshiva's
// bookkeeping); care and health services in the UK, Ireland and Australia;
// Israeli start-up services written in Hebrew with English loanwords;
// industrial services in the US and Canada; public bodies and non-profits
// in Israel; creative and professional services in India, South Africa,
// Singapore, Kenya, Nigeria and New Zealand. The English sets and he21 were
// read during the round; he22 and he23 were scored once, unread, with the
// round's final engine: 88.6% and 87.3% (the round's starting engine
// 89.5% and 85.5%).
func TestCorpusDev21(t *testing.T) { checkCorpusSet(t, "dev21", dev21Floor) }

const dev21Floor = 0.90

func TestCorpusDev22(t *testing.T) { checkCorpusSet(t, "dev22", dev22Floor) }

const dev22Floor = 0.89

func TestCorpusDev23(t *testing.T) { checkCorpusSet(t, "dev23", dev23Floor) }

const dev23Floor = 0.87

// TestCorpusDev24 and TestCorpusDev26 score sets of round 8, each written
// by two new authors and labelled again by a blind second labeller:
// sport, leisure and hospitality services in the UK, Ireland, the US,
// Canada, Australia, Malta and the Caribbean, and home and family services
// in Israel (dev24); IT, telecom and digital operations in eight countries,
// and culture, media and event services in Israel (dev26). Each was scored
// once when its author finished, before it was read: en24 85.9%, he24
// 83.2%, en26 90.0%, he26 84.5% (see testdata/corpus/README.md).
func TestCorpusDev24(t *testing.T) { checkCorpusSet(t, "dev24", dev24Floor) }

const dev24Floor = 0.92

func TestCorpusDev26(t *testing.T) { checkCorpusSet(t, "dev26", dev26Floor) }

const dev26Floor = 0.92

// TestCorpusDev28 scores round 8's home and personal services in seven
// English-speaking countries (mostly chats, e-mails, quotes and forms) and
// Israeli small-business services (a restaurant's bookkeeping, kosher
// supervision, pest control, a shop's guard, a clinic's social media).
// First scores, unread: en28 80.5%, he28 84.1%.
func TestCorpusDev28(t *testing.T) { checkCorpusSet(t, "dev28", dev28Floor) }

const dev28Floor = 0.87

// TestCorpusDev29 scores round 8's transport, automotive and energy
// services in eight countries and individual professionals' services in
// Israel (a trainer's WhatsApp chat, a therapist's letter, a driving
// school's form). First scores, unread: en29 85.9%, he29 79.5%.
func TestCorpusDev29(t *testing.T) { checkCorpusSet(t, "dev29", dev29Floor) }

const dev29Floor = 0.85

// TestCorpusDev25 and TestCorpusDev27 score the rest of round 8:
// professional and financial services in eight countries and health,
// science and industry services in Israel (dev25); education, research,
// non-profit and public-sector services in English and real-estate and
// building services in Israel (dev27). en25 was read during the round;
// he25, en27 and he27 were kept unread and scored once with the round's
// final engine: 88.6%, 85.9% and 89.5% (the round's starting engine
// 88.6%, 84.5% and 88.6%).
func TestCorpusDev25(t *testing.T) { checkCorpusSet(t, "dev25", dev25Floor) }

const dev25Floor = 0.89

func TestCorpusDev27(t *testing.T) { checkCorpusSet(t, "dev27", dev27Floor) }

const dev27Floor = 0.86

// TestCorpusDev30 scores round 9's agriculture, food and animal services
// in seven countries (a grain store, a livery form, a kiwifruit orchard's
// beehive chat) and Israeli tourism, hospitality and food services (a
// beach kiosk tender, a private chef's chat, a zimmer's terms). First
// scores, unread: en30 85.9%, he30 88.6%.
func TestCorpusDev30(t *testing.T) { checkCorpusSet(t, "dev30", dev30Floor) }

const dev30Floor = 0.90

// TestCorpusDev31 scores round 9's manufacturing, engineering and
// technical services (a calibration lab's WhatsApp, a CNC quote, an
// elevator tender) and Israeli beauty, wellness and sport services (a
// youth coach's chat, office yoga by e-mail, a pool tender). First scores,
// unread: en31 90.0%, he31 90.9%.
func TestCorpusDev31(t *testing.T) { checkCorpusSet(t, "dev31", dev31Floor) }

const dev31Floor = 0.90

// TestCorpusDev32 scores round 9's retail, e-commerce and marketing
// services (a fulfilment warehouse, an influencer campaign's WhatsApp, a
// shop-fit's pre-start minutes) and Israeli logistics, import and
// transport services (a customs broker's letter, a crane hire chat, a sea
// freight thread). Both sets were kept unread to the end of the round and
// scored once: en32 85.5%, he32 90.0% (the round's start engine: 83.6%,
// 88.6%).
func TestCorpusDev32(t *testing.T) { checkCorpusSet(t, "dev32", dev32Floor) }

const dev32Floor = 0.86

// TestCorpusDev33 scores round 9's media, entertainment and publishing
// services in English (a ghostwriter, a session band's quote, a lighting
// crew's WhatsApp group, an audiobook narrator's letter; first score,
// unread, 85.0%) and Israeli technical and facility maintenance for
// businesses (air conditioning, lifts, a generator's WhatsApp, fire
// systems by e-mail; kept unread to the end of the round and scored once:
// he33 90.5%, the round's start engine 89.1%).
func TestCorpusDev33(t *testing.T) { checkCorpusSet(t, "dev33", dev33Floor) }

const dev33Floor = 0.87

// TestCorpusDev34 scores round 9's security, safety, cleaning and
// facilities services in seven countries and Israeli education, youth and
// childcare services (a tutor's chat, a psychologist's letter, an
// after-school form). First scores, unread: en34 88.2%, he34 87.7%.
func TestCorpusDev34(t *testing.T) { checkCorpusSet(t, "dev34", dev34Floor) }

const dev34Floor = 0.88

// TestCorpusDev35 scores round 9's services bought by clinics and small
// practices (medical billing, a locum GP by e-mail, a dental clinic's
// cleaning chat in Taglish) and Israeli digital and marketing freelancers
// (a photographer's chat, a logo designer's thread, a PPC order form).
// First scores, unread: en35 87.7%, he35 91.4%.
func TestCorpusDev35(t *testing.T) { checkCorpusSet(t, "dev35", dev35Floor) }

const dev35Floor = 0.89

// TestCorpusDev37 scores round 9's IT hardware, telecom and audio-visual
// installation services (an office Wi-Fi WhatsApp group, a farm's
// satellite letter, a copier lease) and Israeli construction trades and
// renovation (a bathroom renovator's chat, a painter's letter, a pergola
// addendum). First scores, unread: en37 90.0%, he37 91.4%.
func TestCorpusDev37(t *testing.T) { checkCorpusSet(t, "dev37", dev37Floor) }

const dev37Floor = 0.90

// TestCorpusDev36 scores round 9's services bought by non-profit,
// community and faith organisations (a capital appeal's fundraiser, a food
// relief charity's warehousing, a youth camp caterer's WhatsApp, a
// synagogue's guards by e-mail) and Israeli legal, accounting, insurance
// and finance services (a retainer, a mortgage advisor's chat, a tax
// refund app's terms). Both sets were kept unread to the end of the round
// and scored once: en36 87.7%, he36 86.4% (the round's start engine:
// 87.3%, 86.8%).
func TestCorpusDev36(t *testing.T) { checkCorpusSet(t, "dev36", dev36Floor) }

const dev36Floor = 0.86

// TestCorpusDev38 scores round 10's HR, recruitment, payroll and training
// services in six countries (a payroll bureau agreement, an executive
// search by e-mail, a trainer's WhatsApp) and the Israeli HR services that
// companies buy (a safety officer's municipal order, a team day's chat, a
// placement addendum). First scores: en38 89.1%, he38 89.1%; read.
func TestCorpusDev38(t *testing.T) { checkCorpusSet(t, "dev38", dev38Floor) }

const dev38Floor = 0.90

// TestCorpusDev39 scores round 10's environmental and outdoor services
// (grounds maintenance, termite treatment, an estate's garbage collection
// by WhatsApp, an arborist's e-mails) and their Israeli counterparts
// (gardening, pest control for a va'ad bayit, solar panels, an asbestos
// survey). First scores: en39 88.6%, he39 88.6%; read.
func TestCorpusDev39(t *testing.T) { checkCorpusSet(t, "dev39", dev39Floor) }

const dev39Floor = 0.90

// TestCorpusDev40 scores round 10's language and knowledge services
// (localisation, interpreting by WhatsApp, transcription, copywriting,
// market research) in English and in Hebrew. Kept unread until the end of
// the round and scored once: en40 89.5%, he40 90.5% (the round's start
// engine: 89.1%, 89.1%).
func TestCorpusDev40(t *testing.T) { checkCorpusSet(t, "dev40", dev40Floor) }

const dev40Floor = 0.89

// TestCorpusDev41 scores round 10's technology services: English written by
// Israeli, Indian, Ukrainian, Argentine and Vietnamese suppliers and
// clients (hard-wrapped with hanging indents), and Israeli high-tech
// buying development, QA, DevOps, penetration tests and annotation in
// Hebrew mixed with English terms. Kept unread until the end of the round
// and scored once: en41 88.2%, he41 92.3% (start engine: 88.2%, 92.7%).
func TestCorpusDev41(t *testing.T) { checkCorpusSet(t, "dev41", dev41Floor) }

const dev41Floor = 0.89

// TestCorpusDev42 scores round 11's laboratory and testing services (a GLP
// toxicology study, calibration terms, radon and water sampling, a
// university's minutes) in six countries, and the Israeli telecom and
// office services that companies buy (fibre and SIP trunks, a cloud PBX
// quote, a coffee machine on WhatsApp, a mobile fleet addendum). First
// scores: en42 86.4%, he42 88.2%; read.
func TestCorpusDev42(t *testing.T) { checkCorpusSet(t, "dev42", dev42Floor) }

const dev42Floor = 0.89

// TestCorpusDev43 scores round 11's property services (letting terms, a
// strata amending agreement, short-let cleaning on WhatsApp, a lift work
// order) and Israeli automotive and mobility services (fleet maintenance,
// employee shuttles, school transport by tender, a tow operator's chat).
// First scores: en43 86.8% (read); he43 89.1%, kept unread to the end.
func TestCorpusDev43(t *testing.T) { checkCorpusSet(t, "dev43", dev43Floor) }

const dev43Floor = 0.89

// TestCorpusDev44 scores round 11's first formal sets, written as
// companies, public bodies and law firms draft agreements (MSAs, SOWs,
// tender contracts, SLAs, standard terms, amendments, templates), in
// English and Hebrew. Kept unread to the end; first scores en44 90.5%,
// he44 97.3%.
func TestCorpusDev44(t *testing.T) { checkCorpusSet(t, "dev44", dev44Floor) }

const dev44Floor = 0.92

// TestCorpusDev45 scores round 11's formal health and life-sciences
// agreements (NHS linen, agency nursing, pharmacovigilance, telehealth
// terms) and Israeli health, welfare and academic agreements (a hospital
// lab MSA, a day centre tender, a telemedicine app, medical equipment
// SLAs). First scores: en45 91.8%, he45 92.7%; read.
func TestCorpusDev45(t *testing.T) { checkCorpusSet(t, "dev45", dev45Floor) }

const dev45Floor = 0.93

// TestCorpusDev46 scores round 11's financial and business-support
// services (payroll, claims adjusting minutes, debt recovery terms, a
// statutory audit letter) and Israeli community, culture and non-profit
// services (a museum's tours tender, a choir conductor's letter, a
// festival on WhatsApp). First scores: en46 90.5%, he46 88.2%; read.
func TestCorpusDev46(t *testing.T) { checkCorpusSet(t, "dev46", dev46Floor) }

const dev46Floor = 0.91

// TestCorpusDev47 scores round 11's formal IT agreements in English (SaaS
// terms, a development MSA, managed IT with service credits, a cloud
// tender, an incident-response retainer) and Hebrew (a development MSA, a
// municipal IT tender, shift-scheduling SaaS terms, a cloud order form).
// Kept unread to the end; first scores en47 94.1%, he47 94.5%.
func TestCorpusDev47(t *testing.T) { checkCorpusSet(t, "dev47", dev47Floor) }

const dev47Floor = 0.93

// TestCorpusDev48 scores round 11's formal construction and facilities
// agreements: an architect's appointment, an FM master agreement, a cleaning
// tender, guarding terms and an M&E subcontract in seven countries, and
// their Israeli counterparts (architectural design, a cleaning tender, an
// office tower SLA, an electrical subcontract). en48 kept unread to the
// end (first score 95.0%); he48 read (first score 94.1%).
func TestCorpusDev48(t *testing.T) { checkCorpusSet(t, "dev48", dev48Floor) }

const dev48Floor = 0.94

// TestCorpusDev50 scores round 11's events, hospitality and travel services
// (a congress organiser's agreement, a coach hire on WhatsApp, a Dubai
// summit's catering contract, a Lisbon room-block addendum) and Israeli
// small businesses' B2B services (a print shop's quote, a clinic's social
// media on WhatsApp, a courier's terms, a payroll addendum). First scores:
// en50 87.7%, he50 87.7%; read.
func TestCorpusDev50(t *testing.T) { checkCorpusSet(t, "dev50", dev50Floor) }

const dev50Floor = 0.88

// TestCorpusDev49 scores round 11's last formal sets: marketing, media and
// creative agreements in seven countries (an agency MSA with its SOW, a
// creator template, a media-buying addendum, a public tender for market
// research) and Israeli logistics and industrial agreements (distribution,
// 3PL warehousing, a waste-haulage tender, a calibration lab's order form).
// Kept unread to the end; first scores en49 92.3%, he49 93.6%.
func TestCorpusDev49(t *testing.T) { checkCorpusSet(t, "dev49", dev49Floor) }

const dev49Floor = 0.93

// TestCorpusDev51 scores round 12's formal IT agreements: an MSA for
// managed IT, a SOW under an MSA, a SaaS amendment and order form, an SLA
// schedule and a government IT contract in six countries (en51, kept
// unread to the end), and their Israeli counterparts: a law-firm
// development agreement, a ministry work order, a hospital SaaS
// subscription, an SLA annex and a subcontract (he51, read).
// First scores with the round's start engine en51 96.4%, he51 95.5%; at the
// end of the round 96.4% and 96.8%.
func TestCorpusDev51(t *testing.T) { checkCorpusSet(t, "dev51", dev51Floor) }

const dev51Floor = 0.94

// TestCorpusDev52 scores round 12's professional services: a solicitors'
// engagement letter with terms of business, recruitment terms, a panel
// call-off, a payroll SLA and a variation (en52, read), and Israeli CPA,
// law-firm, manpower, payroll and training agreements (he52, kept unread
// to the end).
// First scores with the round's start engine en52 93.6%, he52 92.7%; at the
// end of the round 96.4% and 93.2%.
func TestCorpusDev52(t *testing.T) { checkCorpusSet(t, "dev52", dev52Floor) }

const dev52Floor = 0.92

// TestCorpusDev53 scores round 12's public-sector contracts: a county's
// janitorial contract, an NHS call-off, a council's grounds maintenance, a
// school district's purchase order, a state SOW (en53, kept unread to the
// end), and Israeli tender contracts: a city's cleaning and waste, a
// regional council's guarding and transport, a ministry's consulting, a
// university's purchase order and an extension (he53, read).
// First scores with the round's start engine en53 92.7%, he53 96.8%; at the
// end of the round 92.7% and 98.6%.
func TestCorpusDev53(t *testing.T) { checkCorpusSet(t, "dev53", dev53Floor) }

const dev53Floor = 0.94

// TestCorpusDev54 scores round 12's small-business documents: a
// freelancer's template, a painting quote with terms, a photographer's
// booking, a bookkeeper's letter, a lawn form (en54, read), and their
// Israeli counterparts (he54, kept unread to the end).
// First scores with the round's start engine en54 94.5%, he54 90.0%; at the
// end of the round 97.3% and 90.0%.
func TestCorpusDev54(t *testing.T) { checkCorpusSet(t, "dev54", dev54Floor) }

const dev54Floor = 0.92

// TestCorpusDev55 scores round 12's agreements made from templates and
// filled in part: bracketed options, blanks and checkboxes left in
// (en55, read), and Israeli templates from law-firm and accountants'
// sites (he55, kept unread to the end).
// First scores with the round's start engine en55 94.5%, he55 90.5%; at the
// end of the round 97.3% and 90.9%.
func TestCorpusDev55(t *testing.T) { checkCorpusSet(t, "dev55", dev55Floor) }

const dev55Floor = 0.92

// TestCorpusDev56 scores round 12's documents service businesses send:
// proposals that become the contract, letters of engagement, service
// schedules, renewal letters, booking confirmations (en56, kept unread to
// the end; he56, read).
// First scores with the round's start engine en56 91.8%, he56 89.1%; at the
// end of the round 91.8% and 96.4%.
func TestCorpusDev56(t *testing.T) { checkCorpusSet(t, "dev56", dev56Floor) }

const dev56Floor = 0.92

// TestCorpusDev57 scores round 12's long, lawyer-drafted agreements with
// deep numbering, definitions and schedules: outsourcing, facilities,
// warehousing, clinical research, frameworks, security and an amending
// agreement (en57, read), and their Israeli counterparts (he57, kept
// unread to the end).
// First scores with the round's start engine en57 94.5%, he57 94.5%; at the
// end of the round 96.8% and 94.5%.
func TestCorpusDev57(t *testing.T) { checkCorpusSet(t, "dev57", dev57Floor) }

const dev57Floor = 0.94

// TestCorpusDev58 scores round 12's agreements in the English of Israeli
// companies and law firms: Israeli law and courts, NIS and VAT, day-first
// dates (en58, kept unread to the end), and Israeli small businesses'
// own agreements: pest control, an AC subscription, a renovation,
// catering, a photographer, a mover, alarms (he58, read).
// First scores with the round's start engine en58 94.1%, he58 91.8%; at the
// end of the round 94.5% and 95.5%.
func TestCorpusDev58(t *testing.T) { checkCorpusSet(t, "dev58", dev58Floor) }

const dev58Floor = 0.93

// TestCorpusDev59 scores round 12's recurring-service plans sold to
// businesses: HVAC, pest control, fire services, elevators, waste, print,
// hosting, alarms (en59, read), and Israeli community, education and
// non-profit agreements (he59, kept unread to the end).
// First scores with the round's start engine en59 94.5%, he59 90.9%; at the
// end of the round 99.5% and 90.9%.
func TestCorpusDev59(t *testing.T) { checkCorpusSet(t, "dev59", dev59Floor) }

const dev59Floor = 0.93

// TestCorpusDev60 scores round 12's non-profit, foundation, university
// and research agreements (en60, kept unread to the end), and Israeli tech
// companies' agreements with freelancers and studios, written in Hebrew
// with English terms (he60, read).
// First scores with the round's start engine en60 93.2%, he60 92.7%; at the
// end of the round 93.2% and 96.8%.
func TestCorpusDev60(t *testing.T) { checkCorpusSet(t, "dev60", dev60Floor) }

const dev60Floor = 0.93

// TestCorpusDev61 scores round 12's last wave, written after the engine was
// frozen and scored once, unread: formal transport, health-support,
// catering, venue and training agreements in seven countries (en61) and
// their Israeli counterparts (he61).
// First scores with the round's start engine en61 94.1%, he61 95.0%; at the
// end of the round 94.1% and 95.0%.
func TestCorpusDev61(t *testing.T) { checkCorpusSet(t, "dev61", dev61Floor) }

const dev61Floor = 0.93

// TestCorpusDev62 scores round 12's last wave of documents small and
// mid-size service firms send: proposals, retainer letters, quotes with
// terms, engagement letters, works orders, job confirmations and a SOW
// (en62, he62), written after the engine was frozen and scored once,
// unread.
// First scores with the round's start engine en62 93.6%, he62 93.2%; at the
// end of the round 94.1% and 93.6%.
func TestCorpusDev62(t *testing.T) { checkCorpusSet(t, "dev62", dev62Floor) }

const dev62Floor = 0.92

// TestCorpusDev63 scores round 13's first wave, written and relabelled
// blind while the engine changed and scored once, unread, when it was
// frozen: formal managed-IT, council, SaaS, security, courier-framework
// and maintenance agreements from the UK, the US, Israel, Australia and
// Canada (en63), and Israeli municipal, hospital, college, government
// company and law-firm agreements (he63).
// Scores, both labellers: start engine en63 94.1%, he63 93.0%; frozen
// engine 94.1% and 93.0%.
func TestCorpusDev63(t *testing.T) { checkCorpusSet(t, "dev63", dev63Floor) }

const dev63Floor = 0.93

// TestCorpusDev64 scores round 13's first wave: US, UK, Irish, New
// Zealand, Indian and Singaporean professional-services, IT, facilities
// and public-sector agreements (en64), and Israeli mid-size companies'
// supplier agreements and proposals (he64), scored once, unread.
// Scores, both labellers: start engine en64 95.9%, he64 94.8%; frozen
// engine 95.5% and 94.8%; after the three fixes the frozen engine's
// misreadings led to, 95.9% and 95.2%.
func TestCorpusDev64(t *testing.T) { checkCorpusSet(t, "dev64", dev64Floor) }

const dev64Floor = 0.95

// TestCorpusDev65 scores round 13's second wave: US and UK firms' agency,
// consulting, software, support, cleaning, event and purchase agreements
// (en65), and Israeli ministry, municipal, council, hospital, health-fund,
// college and water-corporation agreements (he65), scored once, unread.
// Scores, both labellers: start engine en65 93.2%, he65 98.0%; frozen
// engine 93.2% and 98.0%.
func TestCorpusDev65(t *testing.T) { checkCorpusSet(t, "dev65", dev65Floor) }

const dev65Floor = 0.95

// TestCorpusDev66 scores round 13's second wave: English agreements of
// Israeli technology companies and law firms (en66), and Israeli small
// businesses' and independent professionals' agreements (he66), scored
// once, unread.
// Scores, both labellers: start engine en66 95.2%, he66 94.1%; frozen
// engine 95.2% and 93.6%; after the three fixes, 95.2% and 94.1%.
func TestCorpusDev66(t *testing.T) { checkCorpusSet(t, "dev66", dev66Floor) }

const dev66Floor = 0.94
