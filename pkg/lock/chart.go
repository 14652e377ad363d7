package lock

import (
	"fmt"
	"strings"
)

// chart is a server-rendered SVG bar chart: per bucket, messages with links
// (quarantined overlaid) and links seen (locked overlaid), plus the lock rate
// as a line on its own scale.
type chart struct {
	ID, Title     string
	Width, Height int
	Left, Bottom  int // plot area: x from Left, y from 10 to Bottom
	Bars          []chartBar
	RatePoints    string // polyline points
	MaxCount      int64
	MaxRate       float64
	Ticks         []chartTick
	RightX, BaseY int
	TopY          int
	Buckets       []rateBucket
}

type chartBar struct {
	Label               string
	X, W                float64
	MsgY, MsgH, QY, QH  float64
	SeenX, SeenY, SeenH float64
	LockY, LockH        float64
	Title               string
}

type chartTick struct {
	X     float64
	Label string
}

const (
	chartW, chartH   = 960, 240
	chartLeft        = 48
	chartRightMargin = 48
	chartTop         = 10
	chartBottom      = 210
)

func newChart(id, title string, bs []Bucket, label func(Bucket) string, every int) chart {
	c := chart{ID: id, Title: title, Width: chartW, Height: chartH, Left: chartLeft, Bottom: chartBottom,
		RightX: chartW - chartRightMargin, BaseY: chartBottom, TopY: chartTop, Buckets: withRate(bs)}
	for _, b := range bs {
		c.MaxCount = max(c.MaxCount, b.MessagesLinks, b.Links)
		c.MaxRate = max(c.MaxRate, b.LockRate())
	}
	c.MaxCount = max(c.MaxCount, 1)
	c.MaxRate = niceRate(c.MaxRate)
	slot := float64(c.RightX-c.Left) / float64(max(len(bs), 1))
	var pts []string
	for i, b := range bs {
		x := float64(c.Left) + float64(i)*slot
		bar := c.bar(b, x, slot)
		bar.Label = label(b)
		c.Bars = append(c.Bars, bar)
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x+slot/2, c.y(b.LockRate(), c.MaxRate)))
		if every > 0 && i%every == 0 {
			c.Ticks = append(c.Ticks, chartTick{X: x, Label: bar.Label})
		}
	}
	c.RatePoints = strings.Join(pts, " ")
	return c
}

func (c chart) y(v, maxV float64) float64 {
	return float64(c.Bottom) - v/maxV*float64(c.Bottom-c.TopY)
}

func (c chart) bar(b Bucket, x, slot float64) chartBar {
	w := max(slot*0.4, 0.5)
	m := float64(c.MaxCount)
	h := func(v int64) float64 { return float64(c.Bottom) - c.y(float64(v), m) }
	br := chartBar{X: x + slot*0.08, W: w, SeenX: x + slot*0.08 + w}
	br.MsgH, br.QH, br.SeenH, br.LockH = h(b.MessagesLinks), h(b.Quarantined), h(b.Links), h(b.LinksLocked)
	base := float64(c.Bottom)
	br.MsgY, br.QY, br.SeenY, br.LockY = base-br.MsgH, base-br.QH, base-br.SeenH, base-br.LockH
	br.Title = fmt.Sprintf("%s: %d messages with links, %d links, %d locked (%.1f%%), %d quarantined",
		b.Start.UTC().Format("2006-01-02 15:04"), b.MessagesLinks, b.Links, b.LinksLocked, b.LockRate(), b.Quarantined)
	return br
}

// niceRate rounds the rate axis up to 1, 2, 5, 10, 20, 50 or 100 percent.
func niceRate(r float64) float64 {
	for _, v := range []float64{1, 2, 5, 10, 20, 50} {
		if r <= v {
			return v
		}
	}
	return 100
}
