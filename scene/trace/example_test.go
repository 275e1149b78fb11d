package trace_test

import (
	"fmt"

	"github.com/decussate/decussate/assets"
	"github.com/decussate/decussate/scene/anatomy"
	"github.com/decussate/decussate/scene/trace"
)

// Tracing the left hand area and reading the captions as an impulse at
// 100 mm/s passes them on its principal route, and then on the impulse
// that runs on longest (to the thenar muscles).
func Example() {
	a, err := anatomy.Load(assets.Atlas())
	if err != nil {
		panic(err)
	}
	s, err := trace.ParseStart(a, "area:hand:L")
	if err != nil {
		panic(err)
	}
	c, err := trace.Trace(a, s)
	if err != nil {
		panic(err)
	}
	pulses := make([]trace.Pulse, 0, len(c.Branches()))
	var last *trace.Station
	for t := 0.0; t < 12; t += 0.01 {
		var st *trace.Station
		pulses, st = c.Impulse(pulses, t, 100)
		if st != nil && st != last {
			fmt.Printf("%-26s %s\n", st.Level, st.Caption)
			last = st
		}
	}
	// Output:
	// cerebral cortex            left hand area (the hand knob)
	// cerebral hemisphere        left corona radiata
	// cerebral hemisphere        posterior limb of the left internal capsule
	// midbrain                   left crus cerebri (cerebral peduncle)
	// rostral pons               left basis pontis above the facial nucleus
	// caudal pons                left basis pontis at and below the facial nucleus
	// medulla                    left medullary pyramid
	// cervicomedullary junction  crossing the midline in the rostral pyramidal decussation (arm fibres), at the cervicomedullary junction
	// C1                         right lateral corticospinal tract
	// C8                         right C8 ventral horn (lower motor neurons): lateral motor column, dorsolateral part (distal limb)
	// C8                         right C8 ventral root
	// outside the brain and spinal cord right median nerve, down to its forearm branches
	// outside the brain and spinal cord right wrist and hand muscles: palmaris longus, flexor digitorum profundus and flexor digitorum superficialis
	// outside the brain and spinal cord right median nerve in the forearm and carpal tunnel (below the anterior interosseous branch)
	// outside the brain and spinal cord right hand muscles: abductor pollicis brevis
}
