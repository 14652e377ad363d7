package links

import (
	"strings"
	"testing"
)

// TestHiddenBox: hiding by the box (off-screen offsets, transforms, clips,
// a zero size with overflow hidden, mso-hide:all) leaves text out of the
// visible text only where every common client hides it (Outlook for
// Windows reads mso-hide only, Gmail sizes but drops position, the others
// draw all but mso-hide); text only some clients hide is read, and counts
// inside a word (HiddenSplits); near misses hide nothing.
func TestHiddenBox(t *testing.T) {
	const srOnly = `<style>.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}</style>`
	for _, tc := range []struct {
		name, body, lead string
		splits           int
	}{
		// Hidden in every common client: left out.
		{"mso-hide with zero height", `<p>Pass<span style="display:inline-block;mso-hide:all;max-height:0;overflow:hidden">xq</span>word</p>`, "Password", 1},
		{"mso-hide with zero width, class rule", `<style>.h{mso-hide:all;width:0;overflow:hidden}</style><p>Hello Ann</p><div class="h">Click to verify</div><p>Your parcel</p>`, "Hello Ann Your parcel", 0},
		{"mso-hide with zero height, zero padding", `<p>Pass<span style="display:inline-block;mso-hide:all;max-height:0;min-height:auto;padding:0px 0 0;overflow:hidden">xq</span>word</p>`, "Password", 1},
		{"mso-hide with zero height, display:block in media", `<style>@media screen{.b{display:block!important}}</style><div class="b" style="mso-hide:all;max-height:0;overflow:hidden">Call now</div><p>Hello Ann</p>`, "Call now Hello Ann", 0},
		{"mso-hide with zero height, preview kept", `<div style="max-height:0px;overflow:hidden;mso-hide:all">Spring issue inside</div><p>Hello Ann</p>`, "Spring issue inside Hello Ann", 0},
		{"line-height and font-size zero", `<p>Pass<span style="line-height:0;font-size:0">xq</span>word</p>`, "Password", 1},
		// Hidden in some clients: read, and a split inside a word counted.
		{"absolute left far", `<p>Pass<span style="position:absolute;left:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"fixed top far", `<p>Pass<span style="position:fixed;top:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"absolute text-indent far", `<p>Pass<span style="position:absolute;text-indent:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"absolute margin-left in em", `<p>Pass<span style="position:absolute;margin-left:-70em">xq</span>word</p>`, "Passxqword", 1},
		{"absolute left in pt", `<p>Pass<span style="position:absolute;left:-1000pt">xq</span>word</p>`, "Passxqword", 1},
		{"absolute margin shorthand", `<p>Pass<span style="position:absolute;margin:0 0 0 -9999px">xq</span>word</p>`, "Passxqword", 1},
		{"relative left far", `<p>Pass<span style="position:relative;left:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"translateX far", `<p>Pass<span style="display:inline-block;transform:translateX(-9999px)">xq</span>word</p>`, "Passxqword", 1},
		{"translate far up", `<p>Pass<b style="display:inline-block;transform:scale(1) translate(0, -9999px)">xq</b>word</p>`, "Passxqword", 1},
		{"clip rect commas", `<p>Pass<span style="position:absolute;clip:rect(0,0,0,0)">xq</span>word</p>`, "Passxqword", 1},
		{"clip rect spaces", `<p>Pass<span style="position:absolute;clip:rect(0 0 0 0)">xq</span>word</p>`, "Passxqword", 1},
		{"clip rect one pixel", `<p>Pass<span style="position:absolute;clip:rect(1px, 1px, 1px, 1px)">xq</span>word</p>`, "Passxqword", 1},
		{"clip-path inset", `<p>Pass<span style="clip-path:inset(50%)">xq</span>word</p>`, "Passxqword", 1},
		{"clip-path circle", `<p>Pass<span style="clip-path:circle(0)">xq</span>word</p>`, "Passxqword", 1},
		{"max-height zero inline-block", `<p>Pass<span style="display:inline-block;max-height:0;overflow:hidden">xq</span>word</p>`, "Passxqword", 1},
		{"height zero inline-block", `<p>Pass<span style="display:inline-block;height:0;overflow:hidden">xq</span>word</p>`, "Passxqword", 1},
		{"width zero inline-block", `<p>Pass<span style="display:inline-block;width:0px;overflow-x:hidden">xq</span>word</p>`, "Passxqword", 1},
		// A block breaks the line where it stands, drawn or not: no word goes on across it.
		{"max-height zero block", `<p>Pass<div style="max-height:0;overflow:hidden">xq</div>word</p>`, "Pass xq word", 0},
		{"zero size on an absolute span", `<p>Pass<span style="position:absolute;height:0;overflow:hidden">xq</span>word</p>`, "Passxqword", 1},
		{"mso-hide alone", `<p>Pass<span style="mso-hide:all">xq</span>word</p>`, "Passxqword", 1},
		{"mso-hide with off-screen", `<p>Pass<span style="mso-hide:all;position:absolute;left:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"sr-only class inside a word", srOnly + `<p>Pass<span class="sr-only">xq</span>word</p>`, "Passxqword", 1},
		{"nested in an off-screen parent", `<p>Pass<span style="position:absolute;left:-9999px"><b>x</b><i>q</i></span>word</p>`, "Passxqword", 1},
		{"counted once with a hidden part", `<p>Pass<span style="mso-hide:all">x</span><span style="display:none">q</span>word</p>`, "Passxword", 1},
		// Near misses: nothing hidden anywhere.
		{"absolute left near", `<p>Pass<span style="position:absolute;left:-5px">xq</span>word</p>`, "Passxqword", 0},
		{"static left far", `<p>Pass<span style="position:static;left:-9999px">xq</span>word</p>`, "Passxqword", 0},
		{"left far without position", `<p>Pass<span style="left:-9999px">xq</span>word</p>`, "Passxqword", 0},
		{"far offset undone", `<p>Pass<span style="position:absolute;left:-9999px;left:0">xq</span>word</p>`, "Passxqword", 0},
		{"far offset undone by the style attribute", `<style>.o{position:absolute;top:-9999px}</style><p>Pass<span class="o" style="top:0">xq</span>word</p>`, "Passxqword", 0},
		{"far offset beside a near one", `<p>Pass<span style="position:absolute;left:0;top:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"overflow undone", `<p>Pass<span style="display:inline-block;height:0;overflow:hidden;overflow:visible">xq</span>word</p>`, "Passxqword", 0},
		{"zero height beside a width", `<p>Pass<span style="display:inline-block;width:100px;max-height:0;overflow-y:hidden">xq</span>word</p>`, "Passxqword", 1},
		{"left in percent", `<p>Pass<span style="position:absolute;left:-100%">xq</span>word</p>`, "Passxqword", 0},
		{"left far right", `<p>Pass<span style="position:absolute;left:9999px">xq</span>word</p>`, "Passxqword", 0},
		{"translateX far on an inline span (not transformed)", `<p>Pass<span style="transform:translateX(-9999px)">xq</span>word</p>`, "Passxqword", 0},
		{"text-indent far on a relative span (not indented)", `<p>Pass<span style="position:relative;text-indent:-9999px">xq</span>word</p>`, "Passxqword", 0},
		{"margin-top far on a relative span (no vertical margin)", `<p>Pass<span style="position:relative;margin-top:-9999px">xq</span>word</p>`, "Passxqword", 0},
		{"text-indent far on a relative inline-block", `<p>Pass<span style="display:inline-block;position:relative;text-indent:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"translate near", `<p>Pass<span style="transform:translateX(-5px) rotate(3deg)">xq</span>word</p>`, "Passxqword", 0},
		{"clip without position", `<p>Pass<span style="clip:rect(0,0,0,0)">xq</span>word</p>`, "Passxqword", 0},
		{"clip relative", `<p>Pass<span style="position:relative;clip:rect(0 0 0 0)">xq</span>word</p>`, "Passxqword", 0},
		{"clip drawn", `<p>Pass<span style="position:absolute;clip:rect(0,80px,20px,0)">xq</span>word</p>`, "Passxqword", 0},
		{"clip auto", `<p>Pass<span style="position:absolute;clip:auto">xq</span>word</p>`, "Passxqword", 0},
		{"clip-path inset small", `<p>Pass<span style="clip-path:inset(10%)">xq</span>word</p>`, "Passxqword", 0},
		{"clip-path circle drawn", `<p>Pass<span style="clip-path:circle(40%)">xq</span>word</p>`, "Passxqword", 0},
		{"zero height without overflow", `<p>Pass<span style="display:inline-block;max-height:0">xq</span>word</p>`, "Passxqword", 0},
		{"overflow hidden with a height", `<p>Pass<span style="display:inline-block;height:20px;overflow:hidden">xq</span>word</p>`, "Passxqword", 0},
		{"zero height on an inline span", `<p>Pass<span style="height:0;overflow:hidden">xq</span>word</p>`, "Passxqword", 0},
		{"zero height, display inline", `<p>Pass<b style="display:inline;height:0;overflow:hidden">xq</b>word</p>`, "Passxqword", 0},
		{"mso-hide none", `<p>Pass<span style="mso-hide:none">xq</span>word</p>`, "Passxqword", 0},
		{"line-height zero alone", `<p>Pass<span style="line-height:0">xq</span>word</p>`, "Passxqword", 0},
		{"mobile rule undoes zero height", `<style>.m{max-height:0;overflow:hidden;mso-hide:all}@media (max-width:480px){.m{max-height:none!important}}</style><p>Hello Ann</p><div class="m">Tap to view</div>`, "Hello Ann Tap to view", 0},
		// What another rule may show is not trusted hidden, kind by kind.
		{"reset margin leaves a clip", `<style>*{margin:0;padding:0}</style>` + srOnly + `<p>Pass<span class="sr-only">xq</span>word</p>`, "Passxqword", 1},
		{"media rule undoes an offset", `<style>.o{position:absolute;left:-9999px}@media screen{.o{left:0}}</style><p>Pass<span class="o">xq</span>word</p>`, "Passxqword", 0},
		{"static position undoes a clip", `<style>.c{position:absolute;clip:rect(0 0 0 0)} body .c{position:static}</style><p>Pass<span class="c">xq</span>word</p>`, "Passxqword", 0},
		{"media rule without !important leaves the style attribute's zero height", `<style>.m{overflow:hidden} @media screen{.m{max-height:none}}</style><p>Hello</p><div class="m" style="mso-hide:all;max-height:0">Call now</div>`, "Hello", 0},
		{"rule without !important leaves the style attribute's", `<style>@media screen{.o{left:0}}</style><p>Pass<span class="o" style="position:absolute;left:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"!important rule over the style attribute", `<style>@media screen{.o{mso-hide:none!important;max-height:none!important}}</style><p>Hello</p><span class="o" style="display:inline-block;mso-hide:all;max-height:0;overflow:hidden">Call now</span>`, "Hello Call now", 0},
		// A far text-indent or left margin moves text off in the flow, with no position (the others only).
		{"text-indent far on an inline-block", `<p>Pass<span style="display:inline-block;text-indent:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"text-indent far on a block", `<p>Hello Ann</p><div style="text-indent:-9999px">Verify now</div>`, "Hello Ann Verify now", 0},
		{"text-indent far on an inline span (not indented)", `<p>Pass<span style="text-indent:-9999px">xq</span>word</p>`, "Passxqword", 0},
		{"margin-left far on an inline span", `<p>Pass<span style="margin-left:-9999px">xq</span>word</p>`, "Passxqword", 1},
		{"margin-top far on an inline-block, no position", `<p>Pass<span style="display:inline-block;margin-top:-9999px">xq</span>word</p>`, "Passxqword", 0},
		{"text-indent far with mso-hide (Gmail may draw it)", `<p>Pass<span style="display:inline-block;mso-hide:all;text-indent:-9999px">xq</span>word</p>`, "Passxqword", 1},
		// A text-indent moves only a block container's first line, and is inherited.
		{"text-indent inherited by an inline-block on a later line", `<div style="text-indent:-9999px">Hello Ann<br>Pass<span style="display:inline-block">xq</span>word</div>`, "Hello Ann Passxqword", 1},
		{"text-indent inherited, on the indented first line", `<div style="text-indent:-9999px">Pass<span style="display:inline-block">xq</span>word</div>`, "Passxqword", 0},
		{"text-indent reset by the inline-block", `<div style="text-indent:-9999px">Hello Ann<br>Pass<span style="display:inline-block;text-indent:0">xq</span>word</div>`, "Hello Ann Passxqword", 0},
		{"text-indent: the second line of an inline-block shows", `<p>Pass<span style="display:inline-block;text-indent:-9999px"><b>x</b><br>zz</span>word</p>`, "Passx zzword", 0},
		{"text-indent: a long first line's end may show", `<p>Pass<span style="display:inline-block;text-indent:-9999px">` + strings.Repeat("xq", 11) + `</span>word</p>`, "Pass" + strings.Repeat("xq", 11) + "word", 0},
		{"text-indent on a block breaks the line", `<p>Pass<span style="display:block;text-indent:-9999px">xq</span>word</p>`, "Passxqword", 0},
		{"text-indent on a section breaks the line", `<p>Pass<section style="text-indent:-9999px">xq</section>word</p>`, "Passxqword", 0},
		{"zero height on a section breaks the line", `<p>Pass<section style="max-height:0;overflow:hidden">xq</section>word</p>`, "Passxqword", 0},
		{"text-indent near", `<p>Pass<span style="display:inline-block;text-indent:-20px">xq</span>word</p>`, "Passxqword", 0},
		// calc() sizes and offsets.
		{"font-size calc zero", `<p>Pass<span style="font-size:calc(0px)">xq</span>word</p>`, "Password", 1},
		{"font-size calc below zero (clamped)", `<p>Pass<span style="font-size:calc(2px - 5px)">xq</span>word</p>`, "Password", 1},
		{"font-size calc readable", `<p>Pass<span style="font-size:calc(0px + 1em)">xq</span>word</p>`, "Passxqword", 0},
		{"font-size calc with no space around its minus (invalid, dropped)", `<p>Pass<span style="font-size:calc(9px-9px)">xq</span>word</p>`, "Passxqword", 0},
		{"font-size calc unclosed", `<p>Pass<span style="font-size:calc(0px">xq</span>word</p>`, "Passxqword", 0},
		{"text-indent calc far", `<p>Pass<span style="display:inline-block;text-indent:calc(-100em)">xq</span>word</p>`, "Passxqword", 1},
		{"left calc far", `<p>Pass<span style="position:absolute;left:calc(0px - 9999px)">xq</span>word</p>`, "Passxqword", 1},
		{"text-indent calc in percent", `<p>Pass<span style="display:inline-block;text-indent:calc(-100%)">xq</span>word</p>`, "Passxqword", 0},
		{"mso-hide with calc zero height", `<p>Pass<span style="display:inline-block;mso-hide:all;max-height:calc(1px - 1px);overflow:hidden">xq</span>word</p>`, "Password", 1},
		{"mso-hide with zero height, calc zero padding", `<p>Pass<span style="display:inline-block;mso-hide:all;max-height:0;padding:calc(0px);overflow:hidden">xq</span>word</p>`, "Password", 1},
		{"mso-hide with zero height, calc padding", `<p>Pass<span style="display:inline-block;mso-hide:all;max-height:0;padding:calc(2px + 1em);overflow:hidden">xq</span>word</p>`, "Passxqword", 1},
		// display:contents draws no box of its own: its children show.
		{"display:contents with zero height", `<p>Pass<span style="display:contents;height:0;overflow:hidden">xq</span>word</p>`, "Passxqword", 0},
		{"display:contents with mso-hide and zero height", `<p>Pass<span style="display:contents;mso-hide:all;max-height:0;overflow:hidden">xq</span>word</p>`, "Passxqword", 1},
		{"display:contents off-screen", `<p>Pass<span style="display:contents;position:absolute;left:-9999px">xq</span>word</p>`, "Passxqword", 0},
		{"display:contents block with zero height", `<p>Hello Ann</p><div style="display:contents;mso-hide:all;max-height:0;overflow:hidden">Verify now</div>`, "Hello Ann Verify now", 0},
		{"display:contents keeps an inherited zero font", `<p>Pass<span style="display:contents;font-size:0">xq</span>word</p>`, "Password", 1},
		{"display:contents from a rule", `<style>.c{display:contents}</style><p>Pass<div class="c" style="max-height:0;overflow:hidden;mso-hide:all">xq</div>word</p>`, "Pass xq word", 0},
		{"display:contents on a frame hides its document where display is read", `<p>Hello Ann</p><iframe style="display:contents;mso-hide:all;max-height:0;overflow:hidden" srcdoc="Verify now"></iframe>`, "Hello Ann", 0},
		// Shorthands with calc(), and numbers in scientific notation.
		{"font shorthand with calc()", `<p>Pass<span style="font:calc(0px) Arial">xq</span>word</p>`, "Password", 1},
		{"font shorthand with a spaced calc() and a line height", `<p>Pass<span style="font: bold calc(1px - 1px)/1 Arial">xq</span>word</p>`, "Password", 1},
		{"font shorthand with a weight before the size", `<p>Pass<span style="font:700 0/0 a">xq</span>word</p>`, "Password", 1},
		{"font shorthand with a number weight and a readable size", `<p>Pass<span style="font:1 14px Arial">xq</span>word</p>`, "Passxqword", 0},
		{"font shorthand without a family is dropped", `<p>Pass<span style="font:0">xq</span>word</p>`, "Passxqword", 0},
		{"font shorthand in scientific notation", `<p>Pass<span style="font:1e-3px a">xq</span>word</p>`, "Password", 1},
		{"font-size in scientific notation", `<p>Pass<span style="font-size:1E-3PX">xq</span>word</p>`, "Password", 1},
		{"font-size 1e1px is readable", `<p>Pass<span style="font-size:1e1px">xq</span>word</p>`, "Passxqword", 0},
		{"margin shorthand with a spaced calc()", `<p>Pass<span style="display:inline-block;margin:0 0 0 calc(-100em - 1px)">xq</span>word</p>`, "Passxqword", 1},
		{"margin shorthand, two values, calc() left", `<p>Pass<span style="display:inline-block;margin:0 calc(0px - 9999px)">xq</span>word</p>`, "Passxqword", 1},
		{"margin shorthand, calc() top only", `<p>Pass<span style="margin:calc(0px - 9999px) 0">xq</span>word</p>`, "Passxqword", 0},
		{"text-indent in scientific notation", `<p>Pass<span style="display:inline-block;text-indent:-1e4px">xq</span>word</p>`, "Passxqword", 1},
		{"the style attribute's display over a rule's contents", `<style>.c{display:contents}</style><p>Pass<span class="c" style="display:inline-block;max-height:0;overflow:hidden;mso-hide:all">xq</span>word</p>`, "Password", 1},
		// Legitimate use beside words: read, nothing counted.
		{"sr-only label of an icon", srOnly + `<p>Hello Ann</p><a href="https://x.example/fb"><img src="fb.png" alt=""><span class="sr-only">Facebook</span></a> <a href="https://x.example/tw"><img src="tw.png" alt=""><span class="sr-only">Twitter</span></a>`, "Hello Ann Facebook Twitter", 0},
		{"sr-only after link text", srOnly + `<p>Hello Ann, <a href="https://x.example/r">read more<span class="sr-only"> about spring trails</span></a> today.</p>`, "Hello Ann, read more about spring trails today.", 0},
		{"visually-hidden heading", `<style>.visually-hidden{position:absolute!important;clip-path:inset(50%);height:1px;width:1px;overflow:hidden}</style><h1 class="visually-hidden">Spring newsletter</h1><p>Hello Ann</p>`, "Spring newsletter Hello Ann", 0},
		{"Outlook-only spacer", `<p>Hello Ann</p><div style="mso-hide:all">&nbsp;</div><p>Your order shipped</p>`, "Hello Ann Your order shipped", 0},
	} {
		extractLead(t, tc.name, tc.body, tc.lead, false, tc.splits)
	}
}

// TestBoxLengths: the lengths and functions the box reading parses.
func TestBoxLengths(t *testing.T) {
	for _, tc := range []struct {
		f    func(string) bool
		in   string
		want bool
	}{
		{farLength, "-9999px", true}, {farLength, "-999px", true}, {farLength, "-998px", false}, {farLength, "-63em", true},
		{farLength, "-62em", false}, {farLength, "-750pt", true}, {farLength, "-27cm", true}, {farLength, "-9999", false},
		{farLength, "-100%", false}, {farLength, "-100vw", false}, {farLength, "9999px", false}, {farLength, "auto", false},
		{farTranslate, "translatex(-9999px)", true}, {farTranslate, "translate3d(0,-9999px,0)", true}, {farTranslate, "translate(-50%,-50%)", false},
		{farTranslate, "translatey(-5px)", false}, {farTranslate, "translate(", false}, {farTranslate, "rotate(-9999deg)", false},
		{emptyRect, "rect(0,0,0,0)", true}, {emptyRect, "rect(0 0 0 0)", true}, {emptyRect, "rect(1px 1px 1px 1px)", true},
		{emptyRect, "rect(0,10px,10px,0)", false}, {emptyRect, "rect(0,0,0)", false}, {emptyRect, "rect(0 auto 0 0)", false}, {emptyRect, "auto", false},
		{emptyClipPath, "inset(50%)", true}, {emptyClipPath, "inset(100%)", true}, {emptyClipPath, "inset(49%)", false},
		{emptyClipPath, "inset(50% 0)", false}, {emptyClipPath, "circle(0)", true}, {emptyClipPath, "circle(0px at 50% 50%)", true},
		{emptyClipPath, "circle(1px)", false}, {emptyClipPath, "none", false},
		{tinyLength, "0", true}, {tinyLength, "-0px", true}, {tinyLength, "1px", true}, {tinyLength, "-1px", false}, {tinyLength, "-5pt", false},
		{tinyLength, "1em", false}, {tinyLength, "0.5pt", true}, {tinyLength, "1e-3px", true},
		{tinyLength, "1e0px", true}, {tinyLength, "2e0px", false}, {tinyLength, "1e", false}, {tinyLength, "1.px", false}, {tinyLength, "1em", false},
		{farLength, "-1e4px", true}, {farLength, "-1e+4px", true}, {farLength, "-1e2px", false}, {farLength, "-1e4", false}, {farLength, "-1e4em", true},
		{grows[string], "0", false}, {grows[string], "0px 0 0", false}, {grows[string], "auto", false}, {grows[string], "-0.0em", false},
		{grows[string], "10px", true}, {grows[string], "0 0 1px", true}, {grows[string], "inherit", true}, {grows[string], "calc(0px + 2em)", true},
		{grows[string], "calc(0px)", false}, {grows[string], "calc(-1px)", false}, {grows[string], "calc(10%)", true}, {grows[string], "calc(", true},
		{farLength, "calc(-100em)", true}, {farLength, "calc(0px - 9999px)", true}, {farLength, "calc(2 * -500px)", true}, {farLength, "calc(-9999px / 2)", true},
		{farLength, "calc((0px - 999px) * 1)", true}, {farLength, "calc(calc(-999px))", true}, {farLength, "calc( -63em )", true},
		{farLength, "calc(-50% - 9999px)", false}, {farLength, "calc(-9999px / 0)", false}, {farLength, "calc(1px * -2px)", false},
		{farLength, "calc(-9999)", false}, {farLength, "calc(-999px", false}, {farLength, "calc(-999px) x", false}, {farLength, "calc(-9999px + 1)", false},
		{farLength, "calc(" + strings.Repeat("(", 20) + "-9999px" + strings.Repeat(")", 20) + ")", false}, {farLength, "calc(-1e4px)", true},
		{farLength, "calc(0px -9999px)", false}, {farLength, "calc(0px-9999px)", false}, {farLength, "calc(0px - -9999px - 19999px)", true},
		{tinyLength, "calc(0px)", true}, {tinyLength, "calc(-3px)", true}, {tinyLength, "calc(1px)", true}, {tinyLength, "calc(0%)", true},
		{tinyLength, "calc(2px)", false}, {tinyLength, "calc(0.5em)", false}, {tinyLength, "calc(0)", false}, {tinyLength, "calc(1px - 100%)", false},
		{tinyLength, "calc(9px-9px)", false}, {tinyLength, "calc(9px +-9px)", false}, {tinyLength, "calc(9px\t-\t9px)", true},
	} {
		if got := tc.f(tc.in); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestContentsReplaced: display:contents gives an element no box of its
// own, but on a replaced element (a picture, a field, a frame) browsers
// draw it as display:none; Word reads no display, and Gmail is read as
// drawing the element without the declaration.
func TestContentsReplaced(t *testing.T) {
	sized := boxDecl{inline: contentsBox, size: propSet{2, 2}, overflow: propSet{3, 3}}
	for _, tc := range []struct {
		name string
		b    boxDecl
		tag  string
		want clientMask
	}{
		{"span", boxDecl{inline: contentsBox}, "span", 0},
		{"img", boxDecl{inline: contentsBox}, "img", clientOther},
		{"input with mso-hide", boxDecl{inline: contentsBox, mso: 1}, "input", clientOutlook | clientOther},
		{"img with a zero height", sized, "img", clientGmail | clientOther},
		{"div with a zero height", sized, "div", 0},
		{"iframe off-screen", boxDecl{inline: contentsBox, pos: 2, off: propSet{offLeft, offLeft}}, "iframe", clientOther},
	} {
		if got := tc.b.clients(tc.tag); got != tc.want {
			t.Errorf("%s: %b, want %b", tc.name, got, tc.want)
		}
	}
}
