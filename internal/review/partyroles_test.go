package review

import "testing"

// TestRolesFromUse: terms that name no role ("המפעל", "המרכז", "the
// Office") take it from what each party does: the one that pays is the
// client, the one that performs the supplier; a term whose word suggests
// the other role is corrected the same way.
func TestRolesFromUse(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		name, text string
		want       map[string]string
	}{
		{"Hebrew, no role words",
			"הסכם בין מפעלי גליל בע\"מ (להלן: \"המפעל\") לבין מרכז בריאות תעסוקתית בע\"מ (להלן: \"המרכז\")\n1. המרכז יבצע בדיקות רפואיות לעובדי המפעל.\n2. המפעל ישלם למרכז 300 ש\"ח לבדיקה.\n",
			map[string]string{"המפעל": "client", "המרכז": "supplier"}},
		{"English, the Office pays",
			"This Agreement is between Levi & Co. Ltd. (the \"Office\") and NetFix Ltd. (the \"Technician\").\n1. The Technician shall perform monthly maintenance of the Office's computers.\n2. The Office shall pay the Technician USD 400 per month.\n",
			map[string]string{"Office": "client", "Technician": "supplier"}},
	} {
		rep := review(t, e, tt.text)
		got := map[string]string{}
		for _, p := range rep.Terms.Parties {
			got[p.Term] = p.Role
		}
		for term, role := range tt.want {
			if got[term] != role {
				t.Errorf("%s: %s is %q, want %q (parties %v)", tt.name, term, got[term], role, got)
			}
		}
	}
}
