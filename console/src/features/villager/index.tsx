// TODO(lead): replaced by the feature's screens
export default function Screens() {
  return null;
}
