package docgen

import (
	"fmt"
	"time"
)

// sampleHebrew is a short Hebrew agreement with everything the writers
// must get right: numbers, amounts, dates, e-mail addresses and Latin words
// inside Hebrew sentences, brackets, sub-clauses and two signature columns.
func sampleHebrew() *Document {
	return &Document{
		Lang:     LangHebrew,
		Title:    "הסכם למתן שירותי פיתוח תוכנה",
		Subtitle: "שנערך ונחתם בתל אביב ביום 1.3.2026",
		Parties: []Party{
			{Name: "דפנה מערכות בע\"מ", IDLabel: "ח.פ.", IDNumber: "514567890", Address: "רחוב הברזל 3, תל אביב", Role: "הספק"},
			{Name: "גל תעשיות בע\"מ", IDLabel: "ח.פ.", IDNumber: "520012345", Address: "שדרות רוטשילד 10, תל אביב", Role: "הלקוח"},
		},
		Preamble: []string{
			"הואיל והלקוח מעוניין לקבל מהספק שירותי פיתוח למערכת CRM, כמפורט בנספח א' להסכם זה;",
			"והואיל והספק מצהיר כי הוא בעל הידע והניסיון הדרושים לשם כך;",
		},
		Sections: []Section{
			{Number: "1", Heading: "הגדרות", Clauses: []Clause{
				{Number: "1.1", Text: "\"השירותים\" – שירותי פיתוח, הטמעה ותמיכה במערכת CRM מבוססת Salesforce."},
				{Number: "1.2", Text: "\"יום עסקים\" – יום א' עד יום ה', למעט ערבי חג וחגי ישראל."},
			}},
			{Number: "2", Heading: "התמורה ותנאי התשלום", Clauses: []Clause{
				{Number: "2.1", Text: "הלקוח ישלם לספק תמורה בסך ₪120,000 בתוספת מע\"מ כדין, בשלושה תשלומים."},
				{Number: "2.2", Text: "התשלומים ישולמו בתנאי שוטף + 30 ממועד קבלת חשבונית מס כדין, כדלקמן:", Sub: []Clause{
					{Number: "(א)", Text: "40% (ארבעים אחוזים) במועד חתימת ההסכם;"},
					{Number: "(ב)", Text: "60% (שישים אחוזים) עם אישור מסירת אבן הדרך השנייה (Milestone 2)."},
				}},
				{Number: "2.3", Text: "איחור בתשלום יישא ריבית בשיעור 1% לחודש, מחושבת באופן יחסי לכל יום איחור."},
			}},
			{Number: "3", Heading: "אנשי קשר", Clauses: []Clause{
				{Number: "3.1", Text: "איש הקשר מטעם הספק הוא יעל כהן, yael@dafna.co.il, טלפון 03-5551234."},
			}},
		},
		Signatures: []Signature{
			{Party: "הספק", Name: "יעל כהן", Role: "מנכ\"לית"},
			{Party: "הלקוח", Name: "משה לוי", Role: "סמנכ\"ל כספים"},
		},
		Footer: "הסכם פיתוח – גרסה 3",
		Date:   time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
	}
}

// sampleEnglish is sampleHebrew's English version, the same structure.
func sampleEnglish() *Document {
	return &Document{
		Lang:     LangEnglish,
		Title:    "Software Development Services Agreement",
		Subtitle: "Made in Tel Aviv on 1 March 2026",
		Parties: []Party{
			{Name: "Dafna Systems Ltd.", IDLabel: "Company no.", IDNumber: "514567890", Address: "3 Habarzel St., Tel Aviv", Role: "the Supplier"},
			{Name: "Gal Industries Ltd.", IDLabel: "Company no.", IDNumber: "520012345", Address: "10 Rothschild Blvd., Tel Aviv", Role: "the Client"},
		},
		Preamble: []string{
			"Whereas the Client wishes to receive development services for a CRM system from the Supplier, as set out in Appendix A;",
			"Whereas the Supplier declares that it has the knowledge and experience required;",
		},
		Sections: []Section{
			{Heading: "Definitions", Clauses: []Clause{
				{Text: "\"Services\" means development, implementation and support of a CRM system based on Salesforce."},
				{Text: "\"Business Day\" means Sunday to Thursday, except holiday eves and Israeli holidays."},
			}},
			{Heading: "Fees and Payment Terms", Clauses: []Clause{
				{Text: "The Client shall pay the Supplier ₪120,000 plus VAT at the lawful rate, in three installments."},
				{Text: "Payments are due net 30 from receipt of a lawful tax invoice, as follows:", Sub: []Clause{
					{Text: "40% (forty percent) on signing this Agreement;"},
					{Text: "60% (sixty percent) on acceptance of the second milestone (אבן דרך 2)."},
				}},
				{Text: "Late payment bears interest of 1% per month, computed pro rata for each day of delay."},
			}},
			{Heading: "Contacts", Clauses: []Clause{
				{Text: "The Supplier's contact is Yael Cohen, yael@dafna.co.il, phone 03-5551234."},
			}},
		},
		Signatures: []Signature{
			{Party: "The Supplier", Name: "Yael Cohen", Role: "CEO"},
			{Party: "The Client", Name: "Moshe Levi", Role: "CFO"},
		},
		Footer: "Development agreement – version 3",
		Date:   time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
	}
}

// largeDocument is about 30 printed pages: 40 sections of 6 clauses, every
// third clause with two sub-clauses.
func largeDocument(lang string) *Document {
	d := sampleHebrew()
	text := "הספק יספק ללקוח את השירותים המפורטים בנספח א' בהתאם ללוחות הזמנים שנקבעו, ויעמוד ברמת השירות (SLA) של 99.5% זמינות בכל חודש קלנדרי; הפרה של סעיף זה תזכה את הלקוח בפיצוי בשיעור 2% מהתמורה החודשית בסך ₪12,500."
	sub := "תוך 5 ימי עסקים ממועד קבלת הודעה בכתב בדואר אלקטרוני לכתובת legal@example.co.il."
	if lang == LangEnglish {
		d = sampleEnglish()
		text = "The Supplier shall provide the Client with the Services set out in Appendix A according to the agreed schedule, and shall meet the service level (SLA) of 99.5% availability in every calendar month; a breach of this clause entitles the Client to a credit of 2% of the monthly fee of ₪12,500."
		sub = "within 5 business days of receiving written notice by e-mail to legal@example.co.il."
	}
	d.Sections = nil
	for s := range 40 {
		sec := Section{Heading: fmt.Sprintf("%s %d", d.Title, s+1)}
		for c := range 6 {
			cl := Clause{Text: text}
			if c%3 == 2 {
				cl.Sub = []Clause{{Text: sub}, {Text: sub}}
			}
			sec.Clauses = append(sec.Clauses, cl)
		}
		d.Sections = append(d.Sections, sec)
	}
	return d
}
