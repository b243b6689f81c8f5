package review

import "testing"

// TestInputDuty: a client's duty to give the supplier what the work needs
// is a one-way cooperation duty (partial collaboration) wherever it is
// written; the same words with the supplier as subject, as a condition, in
// a possessive or with notices as their object are not.
func TestInputDuty(t *testing.T) {
	e := newTestEngine(t)
	const en = "1. Services\nThe Supplier will design and build a website of five pages.\n"
	const he = "1. השירותים\nהספק יעצב ויבנה אתר של חמישה עמודים.\n"
	for _, tt := range []struct {
		text string
		want Status
	}{
		{en + "2. General\nThe Client shall provide the Supplier with the brand guidelines and all content by 1 March 2026.\n", Partial},
		{en + "2. General\nYou'll send us the photos and logo files two weeks before launch.\n", Partial},
		{he + "2. כללי\nהלקוח ימסור לספק את כל התכנים והתמונות עד 1.3.2026.\n", Partial},
		{he + "2. כללי\nעל הלקוח להעביר לספק את פרטי הגישה לשרת.\n", Partial},
		{he + "2. כללי\nנבקש שתעבירו אלינו את הלוגו ואת התמונות.\n", Partial},
		// Giving to the supplier is the client's giving, whoever the
		// subject is; "I need from you" states a duty of the reader.
		{he + "2. כללי\nהרשת תמסור לספק, עד 25.8.2026, רשימה של ילדים עם אלרגיות.\n", Partial},
		{he + "2. כללי\nצריכה מכם: גישה ל-Google Search Console, עד 28.1.\n", Partial},
		{en + "2. General\nPlease send us your running order and the list of family photos 14 days before the wedding.\n", Partial},
		{he + "2. כללי\nההנהלה תעמיד לרשותנו את כל הספרים, הרשומות והמסמכים שנבקש.\n", Partial},
		// What the client may send is no duty to send it.
		{he + "2. כללי\nכל מה שתשלח לי (מתכונים, תמונות, מחירים) נשאר אצלי ולא עובר לאף אחד.\n", Missing},
		// The supplier giving the client documents is the service.
		{en + "2. General\nThe Supplier shall provide the Client with documentation and access to the admin panel.\n", Missing},
		{he + "2. כללי\nהספק ימסור ללקוח את קבצי המקור ואת פרטי הגישה.\n", Missing},
		// A condition, a possessive, a prepositional object, notices.
		{en + "2. General\nWhere the Client provides reference material, the Supplier will use it.\n", Missing},
		{en + "2. General\nThe Supplier shall comply with the Client's policies and shall provide copies of its records on request.\n", Missing},
		{en + "2. General\nThe Client must send notices to legal@example.com with a copy to the Supplier.\n", Missing},
		{he + "2. כללי\nהספק לא יעביר מידע של הלקוח לצד שלישי.\n", Missing},
		{he + "2. כללי\nהלקוח רשאי לשלוח לספק מסמכים.\n", Missing},
		// Negated.
		{en + "2. General\nThe Client shall not be required to provide any materials.\n", Missing},
	} {
		if got := itemOf(review(t, e, tt.text), "collaboration").Status; got != tt.want {
			t.Errorf("%q: collaboration %s, want %s", tt.text, got, tt.want)
		}
	}
}
