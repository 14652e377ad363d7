package links

import (
	"strings"
	"testing"
)

// TestHiddenEvasion: text a reader sees in a common mail client (Outlook
// for Windows, Gmail, Apple Mail, Yahoo) must stay in the visible text,
// though its markup also says something hides it: a kit that hides its
// lure from the reading but not from the reader would otherwise drop its
// cue words, its callback number and its display host out of what
// scoring reads. Each body is a phishing kit's; want are the words that
// must be read.
func TestHiddenEvasion(t *testing.T) {
	const lure = "Verify your password, call 1-888-555-0100"
	for _, tc := range []struct{ name, body string }{
		// A rule outranks the style attribute by !important.
		{"class rule !important over inline display:none", `<style>.v{display:block !important}</style><p>Hi</p><div class="v" style="display:none">` + lure + `</div>`},
		{"id rule !important over inline font-size:0", `<style>#v{font-size:15px!important}</style><p>Hi</p><div id="v" style="font-size:0">` + lure + `</div>`},
		{"type rule !important over inline display:none", `<style>div{display:block!important}</style><p>Hi</p><div style="display:none">` + lure + `</div>`},
		{"attribute rule !important over inline display:none", `<style>[data-x]{display:block!important}</style><p>Hi</p><div data-x="1" style="display:none">` + lure + `</div>`},
		// A rule the simple reading does not place shows what a simple rule hides.
		{"media rule on every screen", `<style>.v{display:none}@media screen{.v{display:block}}</style><p>Hi</p><div class="v">` + lure + `</div>`},
		{"media min-width 0", `<style>.v{display:none}@media (min-width:0){.v{display:block!important}}</style><p>Hi</p><div class="v">` + lure + `</div>`},
		{"supports block", `<style>.v{display:none}@supports (display:block){.v{display:block}}</style><p>Hi</p><div class="v">` + lure + `</div>`},
		{"more specific descendant rule", `<style>.v{display:none} body .v{display:block}</style><p>Hi</p><div class="v">` + lure + `</div>`},
		{"tag-qualified rule, more specific, earlier", `<style>div.v{display:block} .v{display:none}</style><p>Hi</p><div class="v">` + lure + `</div>`},
		{"tag-qualified hiding rule on another tag", `<style>span.v{display:none}</style><p>Hi</p><div class="v">` + lure + `</div>`},
		{"hidden attribute undone by [hidden] rule", `<style>[hidden]{display:block}</style><p>Hi</p><div hidden>` + lure + `</div>`},
		{"hidden attribute undone by a class rule in media", `<style>@media screen{.v{display:block}}</style><p>Hi</p><div class="v" hidden>` + lure + `</div>`},
		// Inherited hiding undone by the child.
		{"font-size 0 parent, type rule on the child", `<style>p{font-size:16px}</style><p>Hi</p><div style="font-size:0"><p>` + lure + `</p></div>`},
		{"font-size 0 parent, font size attribute", `<p>Hi</p><div style="font-size:0"><font size="3">` + lure + `</font></div>`},
		{"font-size 1px undone by class in media", `<style>@media all{.t{font-size:14px!important}}</style><p>Hi</p><div class="t" style="font-size:1px">` + lure + `</div>`},
		// Colour equal to a background that is not the one drawn.
		{"background overridden by an !important rule", `<style>.bg{background:#003366!important}</style><p>Hi</p><div class="bg" style="background:#ffffff;color:#ffffff">` + lure + `</div>`},
		{"background set by a type rule", `<style>td{background-color:#222222}</style><p>Hi</p><table bgcolor="#ffffff"><tr><td><font color="#ffffff">` + lure + `</font></td></tr></table>`},
		{"text colour set by a class rule in media", `<style>@media screen{.c{color:#333333}}</style><p>Hi</p><div style="background:#fff;color:#fff"><span class="c">` + lure + `</span></div>`},
		{"link keeps its own colour", `<p>Hi</p><div style="background:#ffffff;color:#ffffff"><a href="https://evil.example/">` + lure + `</a></div>`},
		{"colour animated into view", `<style>@keyframes f{to{color:#000}} .a{animation:f 1s forwards}</style><p>Hi</p><div style="background:#fff"><span class="a" style="color:#fff">` + lure + `</span></div>`},
		{"inline animation", `<style>@keyframes f{to{font-size:15px}}</style><p>Hi</p><div style="font-size:0;animation:f 1s forwards">` + lure + `</div>`},
		// Hiding common clients do not draw.
		{"opacity 0 (Outlook for Windows, Yahoo show it)", `<p>Hi</p><div style="opacity:0">` + lure + `</div>`},
		{"visibility hidden (Gmail, Outlook for Windows show it)", `<p>Hi</p><div style="visibility:hidden">` + lure + `</div>`},
		{"zero height, overflow hidden (Outlook for Windows shows it)", `<p>Hi</p><div style="max-height:0;overflow:hidden">` + lure + `</div>`},
		{"zero width on an inline span", `<p>Hi</p><span style="width:0;overflow:hidden">` + lure + `</span>`},
		// Hiding by the box that some common clients do not draw.
		{"off-screen absolute (Gmail drops position, Outlook for Windows ignores it)", `<p>Hi</p><div style="position:absolute;left:-9999px">` + lure + `</div>`},
		{"off-screen transform (Outlook for Windows ignores it)", `<p>Hi</p><div style="transform:translateX(-9999px)">` + lure + `</div>`},
		{"screen-reader clip (Gmail drops position)", `<style>.sr{position:absolute;clip:rect(0,0,0,0);width:1px;height:1px;overflow:hidden}</style><p>Hi</p><span class="sr">` + lure + `</span>`},
		{"clip-path inset (Outlook for Windows ignores it)", `<p>Hi</p><div style="clip-path:inset(50%)">` + lure + `</div>`},
		{"mso-hide alone (every client but Outlook for Windows shows it)", `<p>Hi</p><div style="mso-hide:all">` + lure + `</div>`},
		{"mso-hide and off-screen (Gmail shows it)", `<p>Hi</p><div style="mso-hide:all;position:absolute;left:-9999px;clip:rect(0 0 0 0)">` + lure + `</div>`},
		{"mso-hide and zero size on an inline span (Gmail draws the span)", `<p>Hi</p><span style="mso-hide:all;max-height:0;overflow:hidden">` + lure + `</span>`},
		{"mso-hide and zero height undone in media", `<style>.m{mso-hide:all;max-height:0;overflow:hidden}@media screen{.m{max-height:none!important}}</style><p>Hi</p><div class="m">` + lure + `</div>`},
		{"mso-hide and zero height, overflow undone by !important", `<style>.v{overflow:visible!important}</style><p>Hi</p><div class="v" style="mso-hide:all;height:0;overflow:hidden">` + lure + `</div>`},
		{"mso-hide and a negative height (not valid CSS: dropped)", `<p>Hi</p><div style="mso-hide:all;max-height:-1px;overflow:hidden">` + lure + `</div>`},
		{"negative font size (not valid CSS: dropped)", `<p>Hi</p><div style="font-size:-1px">` + lure + `</div>`},
		{"mso-hide and zero height on a table cell (a cell grows to its text)", `<p>Hi</p><table><tr><td style="mso-hide:all;height:0;max-height:0;overflow:hidden">` + lure + `</td></tr></table>`},
		{"mso-hide and zero height with padding (the padding shows a line)", `<p>Hi</p><div style="mso-hide:all;max-height:0;overflow:hidden;padding:0 0 20px">` + lure + `</div>`},
		{"mso-hide and zero height with a least height", `<p>Hi</p><div style="mso-hide:all;max-height:0;min-height:40px;overflow:hidden">` + lure + `</div>`},
		{"mso-hide and zero height, padding in media", `<style>@media screen{.p{padding:12px}}</style><p>Hi</p><div class="p" style="mso-hide:all;max-height:0;overflow:hidden">` + lure + `</div>`},
		{"mso-hide and zero height, display:inline in media (a size does not size it)", `<style>@media screen{.m{display:inline!important}}</style><p>Hi</p><div class="m" style="mso-hide:all;max-height:0;overflow:hidden">` + lure + `</div>`},
		{"mso-hide and zero height, overflow from a class undone in media", `<style>.m{overflow:hidden} @media screen{.m{overflow:visible}}</style><p>Hi</p><div class="m" style="mso-hide:all;max-height:0">` + lure + `</div>`},
		{"mso-hide and zero height from a class undone in media, a height in the style attribute", `<style>.m{max-height:0;overflow:hidden} @media screen{.m{max-height:none}}</style><p>Hi</p><div class="m" style="mso-hide:all;height:auto">` + lure + `</div>`},
		{"mso-hide and zero height from a class undone in media, overflow in the style attribute", `<style>.m{max-height:0} @media screen{.m{max-height:none}}</style><p>Hi</p><div class="m" style="mso-hide:all;overflow:hidden">` + lure + `</div>`},
		{"mso-hide and zero height, animated", `<style>@keyframes g{to{max-height:90px}}</style><p>Hi</p><div style="mso-hide:all;max-height:0;overflow:hidden;animation:g 1s forwards">` + lure + `</div>`},
		// Malformed CSS.
		{"!important with a space", `<style>.v{display:block ! important}</style><p>Hi</p><div class="v" style="display:none">` + lure + `</div>`},
		{"unclosed rule before", `<style>.x{color:red .v{display:block!important}</style><p>Hi</p><div class="v" style="display:none">` + lure + `</div>`},
		{"nesting deeper than read", `<style>` + strings.Repeat("@media screen{", 6) + `.v{display:block!important}` + strings.Repeat("}", 6) + `</style><p>Hi</p><div class="v" style="display:none">` + lure + `</div>`},
	} {
		x, err := ExtractAll([]byte("Content-Type: text/html; charset=utf-8\r\n\r\n"+tc.body), Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !strings.Contains(x.Lead, lure) {
			t.Errorf("%s: Lead = %q, lure not read", tc.name, x.Lead)
		}
	}
}

// TestHiddenNewsletters: the layouts of common newsletter tools hide a
// preheader, spacers, mobile or Outlook-only blocks, never letters inside
// a word: HiddenSplits stays zero (hidden_text cannot fire on them), and
// their words are read.
func TestHiddenNewsletters(t *testing.T) {
	for _, tc := range []struct{ name, body, want string }{
		{"mailchimp", `<html><head><style type="text/css">.mcnPreviewText{display:none !important;} #bodyTable{background-color:#FAFAFA;} .mcnTextContent{color:#202020;font-size:16px;} @media only screen and (max-width:480px){.mcnTextContent{font-size:18px !important;}}</style></head><body><!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">Spring issue: new trails and maps</span><!--<![endif]--><center><table id="bodyTable" bgcolor="#FAFAFA"><tr><td class="mcnTextContent" style="color:#202020;">Hello Ann, our <strong>spring</strong> issue is out.<br><a href="https://x.example/r" style="color:#007C89;">Read more</a></td></tr></table></center></body></html>`, "Hello Ann, our spring issue is out."},
		{"klaviyo", `<html><head><style>.kl-hide{display:none} @media (max-width:480px){.kl-hide{display:block!important} .kl-desk{display:none!important}}</style></head><body style="background:#ffffff"><div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">20% off ends tonight&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div><div class="kl-desk" style="font-size:0"><div style="display:inline-block;font-size:14px;color:#222">Shop the sale</div><div style="display:inline-block;font-size:14px;color:#222">New arrivals</div></div><div class="kl-hide">Tap to shop</div></body></html>`, "Shop the sale New arrivals Tap to shop"},
		{"hubspot", `<html><head><style>#hs_cos_wrapper_preview_text{display:none!important} .hse-column{font-size:15px} @media (min-width:640px){.hse-column-container{max-width:600px!important}}</style></head><body bgcolor="#f5f8fa"><div id="hs_cos_wrapper_preview_text" style="display:none!important;font-size:1px;color:#f5f8fa;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">Your webinar starts tomorrow</div><div class="hse-column-container" style="font-size:0"><div class="hse-column" style="display:inline-block;vertical-align:top"><p style="color:#23496d">Join us Thursday at 10.</p></div></div></body></html>`, "Join us Thursday at 10."},
		{"salesforce marketing cloud", `<html><head><style>.hide{display:none;max-height:0;overflow:hidden} @media only screen and (max-width:480px){.mobile-show{display:block!important;max-height:none!important} .desktop-show{display:none!important}}</style></head><body><table width="100%" bgcolor="#ffffff"><tr><td><span style="color:#ffffff;font-size:1px;display:none">Statement ready</span><table class="desktop-show"><tr><td style="font-family:Arial;font-size:14px;color:#333333">Your e-statement for March is ready to view.</td></tr></table><div class="mobile-show hide" style="display:none">Tap to view</div><img src="https://t.example/open.gif" width="1" height="1" style="display:block" alt=""></td></tr></table></body></html>`, "Your e-statement for March is ready to view."},
		{"outlook conditional", `<html><head><!--[if mso]><style>.mso-hide{display:none}</style><![endif]--><style>.btn a{color:#ffffff!important}</style></head><body><div style="display:none;mso-hide:all">Order shipped&nbsp;&zwnj;</div><!--[if mso]><table role="presentation" width="600"><tr><td><![endif]--><div style="max-width:600px;margin:0 auto;background:#ffffff"><p>Your order #4411 has shipped.</p><!--[if mso]><v:roundrect href="https://x.example/t" fillcolor="#0a66c2"><center style="color:#ffffff">Track</center></v:roundrect><![endif]--><!--[if !mso]><!--><div class="btn" style="background:#0a66c2"><a href="https://x.example/t" style="color:#ffffff;">Track</a></div><!--<![endif]--></div><!--[if mso]></td></tr></table><![endif]--></body></html>`, "Your order #4411 has shipped."},
		{"screen-reader labels and an Outlook-safe preheader", `<html><head><style>.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);border:0} .visually-hidden{clip-path:inset(50%);position:absolute!important;height:1px;width:1px;overflow:hidden}</style></head><body><div style="max-height:0;overflow:hidden;mso-hide:all" aria-hidden="true">Three new trails this week&nbsp;&zwnj;&nbsp;</div><h1 class="visually-hidden">Trail news</h1><p>Hello Ann, three trails opened.</p><a href="https://x.example/more">Read more<span class="sr-only"> about the trails</span></a> <a href="https://x.example/fb"><img src="fb.png" alt=""><span class="sr-only">Facebook</span></a><div style="position:absolute;left:-9999px;mso-hide:all">Unsubscribe text for screen readers</div></body></html>`, "Hello Ann, three trails opened."},
		{"mobile and desktop alternates inside a sentence", `<html><head><style>.mobile{display:none;max-height:0;overflow:hidden;mso-hide:all} @media only screen and (max-width:480px){.mobile{display:inline!important;max-height:none!important;overflow:visible!important} .desktop{display:none!important}}</style></head><body><p>Get <span class="desktop">the app</span><span class="mobile" style="display:none;max-height:0;overflow:hidden;mso-hide:all">it</span> today. <span class="desktop">Click</span><span class="mobile" style="display:inline-block;max-height:0;width:0;overflow:hidden;mso-hide:all">Tap</span> below.</p></body></html>`, "Get the app"},
		{"outlook for windows reply", `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif} .MsoChpDefault{mso-style-type:export-only}</style></head><body lang=EN-US link="#0563C1"><div class=WordSection1><p class=MsoNormal>Hi Ann,<o:p></o:p></p><p class=MsoNormal>The figures are attached<span style='mso-hide:all'><o:p>&nbsp;</o:p></span></p><p class=MsoNormal><a name="_MailEndCompose"><span style='mso-bookmark:_MailEndCompose'>Thanks<o:p></o:p></span></a></p><!--[if gte vml 1]><v:shape id="Picture_x0020_1" style='width:100pt;height:50pt;position:absolute;margin-left:-8px'><v:imagedata src="image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><span style='mso-ignore:vglayout;position:absolute;z-index:251659264;margin-left:-8px;margin-top:0px;width:133px;height:67px'><img width=133 height=67 src="cid:image001.png"></span><![endif]><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'><p class=MsoNormal><b>From:</b> Bob<br><b>Sent:</b> Monday<br><b>Subject:</b> Figures</p></div></div></body></html>`, "The figures are attached"},
		{"screen-reader labels of icons in a row", `<style>.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px;padding:0;border:0}</style><p>Follow us:</p><p><a href="https://x.example/fb"><img src="fb.png" alt=""><span class="visually-hidden">Facebook</span></a><a href="https://x.example/tw"><img src="tw.png" alt=""><span class="visually-hidden">Twitter</span></a></p><p><a href="https://x.example/more">Learn more<span class="visually-hidden"> about pricing</span></a> | <a href="https://x.example/u">Unsubscribe</a></p>`, "Follow us:"},
		{"notification preheader and bulletproof button", `<html><body><span style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">New comment on PROJ-12</span><table><tr><td style="padding:0"><span style="position:relative;top:-2px">Ann</span> commented on PROJ-12</td></tr><tr><td><div><!--[if mso]><v:roundrect href="https://x.example/" style="height:40px;width:200px" fillcolor="#0052cc"><center style="color:#ffffff">View issue</center></v:roundrect><![endif]--><a href="https://x.example/" style="background-color:#0052cc;color:#ffffff;display:inline-block;line-height:40px;width:200px;mso-hide:all">View issue</a></div></td></tr></table></body></html>`, "Ann commented on PROJ-12"},
		{"white spacer cells", `<table bgcolor="#ffffff"><tr><td style="font-size:0;line-height:0;color:#ffffff">&nbsp;</td></tr><tr><td>Thank<span style="font-size:0"> </span> you for your order</td></tr></table>`, "Thank"},
	} {
		extractLead(t, tc.name, tc.body, tc.want, true, 0)
	}
}
