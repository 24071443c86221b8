// Placeholder until the calendar feature lands: keeps the pages' layout honest.
export function DatePicker(_props: { selectedDay?: string; linkTarget?: '_top' }) {
  return (
    <section className="box" aria-labelledby="date-picker-title">
      <h2 id="date-picker-title">Xem bài viết theo ngày</h2>
    </section>
  );
}
