package draft

// The sections of the checklist's second step, building trust.

// Communication is the channels and the rhythm (item communication).
type Communication struct {
	// Channels: email, phone, video, messaging, ticketing, meetings
	// (default email, phone, video).
	Channels []string `yaml:"channels,omitempty" json:"channels,omitzero" jsonschema:"enum=email,enum=phone,enum=video,enum=messaging,enum=ticketing,enum=meetings"`
	// StatusReports the supplier sends.
	StatusReports StatusReports `yaml:"status_reports,omitempty" json:"status_reports,omitzero"`
	// ResponseWithin: each party answers a question from the other within
	// this time (default 1 business_day).
	ResponseWithin Duration `yaml:"response_within,omitempty" json:"response_within,omitzero"`
	// ResponseTimes by priority, for incidents and support requests.
	ResponseTimes []ResponseTime `yaml:"response_times,omitempty" json:"response_times,omitzero"`
}

// StatusReports are regular written progress reports.
type StatusReports struct {
	// Every is weekly (default), biweekly or monthly.
	Every string `yaml:"every,omitempty" json:"every,omitzero" jsonschema:"enum=weekly,enum=biweekly,enum=monthly"`
	// Day of the week the report is sent (default thursday).
	Day string `yaml:"day,omitempty" json:"day,omitzero" jsonschema:"enum=sunday,enum=monday,enum=tuesday,enum=wednesday,enum=thursday,enum=friday"`
}

// ResponseTime is a service level for one priority.
type ResponseTime struct {
	Priority   Text     `yaml:"priority" json:"priority,omitzero" jsonschema:"required"`
	Response   Duration `yaml:"response" json:"response,omitzero" jsonschema:"required"`
	Resolution Duration `yaml:"resolution,omitempty" json:"resolution,omitzero"`
}

// MeetingSummaries is the rule for written summaries (item
// meeting_summaries).
type MeetingSummaries struct {
	// WrittenBy is supplier (default) or client.
	WrittenBy string `yaml:"written_by,omitempty" json:"written_by,omitzero" jsonschema:"enum=supplier,enum=client"`
	// Within: the summary is sent within this time after the meeting
	// (default 2 business_days).
	Within Duration `yaml:"within,omitempty" json:"within,omitzero"`
	// ObjectionWindow: a participant may object in writing within this time
	// of receiving it; then it binds (default 3 business_days).
	ObjectionWindow Duration `yaml:"objection_window,omitempty" json:"objection_window,omitzero"`
}

// Flexibility is how plans are adapted (item flexibility).
type Flexibility struct {
	// ReviewEvery: review points, weekly, biweekly, monthly (default) or
	// quarterly.
	ReviewEvery string `yaml:"review_every,omitempty" json:"review_every,omitzero" jsonschema:"enum=weekly,enum=biweekly,enum=monthly,enum=quarterly"`
	// ReplanNotice: either party may ask for re-planning with this notice
	// (default 5 business_days).
	ReplanNotice Duration `yaml:"replan_notice,omitempty" json:"replan_notice,omitzero"`
}
