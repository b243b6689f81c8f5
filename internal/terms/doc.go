// Package terms computes what an agreement's money terms mean on given dates:
// late-delivery sanctions (פיצויים מוסכמים על איחור), late-payment interest
// (the agreement's own rate or the statutory arrears rate, ריבית פיגורים),
// VAT (מע"מ) and payment due dates (שוטף + N, net N), and checks payment terms
// against the Payment to Suppliers Law (חוק מוסר תשלומים לספקים, התשע"ז–2017).
//
// The package is pure: values in, values out, no I/O beyond reading its own
// embedded tables. It is shared by the CLI, the web UI and the API, so every
// result carries an explanation in English and Hebrew that names the clause and
// shows the arithmetic.
//
// Conventions, chosen once and used everywhere:
//
//   - Money is an integer number of minor units (agorot, cents) with an ISO 4217
//     currency code; rates and percentages are decimal.Decimal. Nothing here
//     uses floating point for money.
//   - Every computed amount is rounded once, half away from zero, to the minor
//     unit (0.005 ₪ → 0.01 ₪, −0.005 → −0.01), from the exact rational value.
//     An interest statement rounds each line and its total is the sum of the
//     rounded lines, as a statement the parties read must add up.
//   - A date is a time.Time at 00:00 UTC standing for a calendar day; Day
//     normalises any time to that form.
//   - A delay is counted from the day after the due date to the delivery (or
//     payment) date inclusive, as Interpretation Law s.10(א) counts a period
//     "from" an event without the event day.
//   - Interest uses the actual/365 day count: a year's rate accrues 1/365 of
//     itself per calendar day, also in leap years; a monthly rate is taken as
//     twelve times itself a year.
//   - Rates and legal limits that change over time (VAT, the statutory arrears
//     rate, the Payment to Suppliers Law limits) are dated JSON tables embedded
//     in the package, each entry with its source and how well it is verified;
//     they are data, not code, so a new published rate is a one-line change.
//
// Input errors are *InputError values whose Field uses the JSON field names
// of the CLI and API ("rate_percent", "period.unit", "force_majeure[1].to"), so
// every front end can point at the wrong field.
package terms
