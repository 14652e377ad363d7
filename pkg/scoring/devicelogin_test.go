package scoring

import "testing"

// TestDeviceLoginPage: the verification pages of the device flow, in any
// case and with a query; other pages of the same sites are not.
func TestDeviceLoginPage(t *testing.T) {
	for _, tc := range []struct {
		host, url string
		want      bool
	}{
		{"microsoft.com", "https://microsoft.com/devicelogin", true},
		{"www.microsoft.com", "https://www.microsoft.com/DeviceLogin?x=1", true},
		{"login.microsoftonline.com", "https://login.microsoftonline.com/contoso.example/oauth2/deviceauth", true},
		{"aka.ms", "https://aka.ms/devicelogin", true},
		{"github.com", "https://github.com/login/device", true},
		{"www.google.com", "https://www.google.com/device", true},
		{"google.com", "https://google.com/devices", false},
		{"github.com", "https://github.com/login", false},
		{"microsoft.com", "https://www.microsoft.com/en-us/microsoft-365", false},
		{"evil.example", "https://evil.example/devicelogin", false},
	} {
		if got := isDeviceLoginPage(tc.host, tc.url); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.url, got, tc.want)
		}
	}
}

// TestDeviceLogin: a stranger's link to a device sign-in page is held even
// where the provider's domain is established here; a correspondent's is
// only judged (a vendor's setup guide).
func TestDeviceLogin(t *testing.T) {
	withDevice := func(in Input) Input {
		in.Links[0] = web("https://microsoft.com/devicelogin", "microsoft.com", "microsoft.com")
		in.History.Domains = map[string]Stat{"microsoft.com": est()}
		in.History.Hosts = map[string]Stat{"microsoft.com": est()}
		return in
	}
	for _, tc := range []struct {
		name   string
		in     Input
		action Action
	}{
		{"a stranger's device code", withDevice(newInput()), Quarantine},
		{"a correspondent's setup guide", withDevice(knownInput()), Accept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := Score(testPolicy(), tc.in)
			if !hasReason(v.Links[0].Reasons, CodeDeviceLogin) || v.Action != tc.action {
				t.Errorf("action %s, want %s with device_login\n%v", v.Action, tc.action, v.Links[0].Reasons)
			}
		})
	}
}
